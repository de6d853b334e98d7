package org.duban.organization;

import org.duban.shared.Require;

/** What a password must be: 8 to 64 characters, not only spaces, not the login name. */
public final class PasswordRule {

    public static final int MIN = 8;
    public static final int MAX = 64;

    private PasswordRule() {
    }

    public static String check(String password, String username) {
        Require.that(password != null && !password.isBlank(), "error.password.required");
        int length = password.codePointCount(0, password.length());
        Require.that(length >= MIN && length <= MAX, "error.password.length", MIN, MAX);
        Require.that(username == null || !password.equalsIgnoreCase(username), "error.password.username");
        return password;
    }
}

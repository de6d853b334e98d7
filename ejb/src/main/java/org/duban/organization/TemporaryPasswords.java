package org.duban.organization;

import java.security.SecureRandom;

/** Passwords an administrator hands over once; the person must replace them at their first sign-in. */
public final class TemporaryPasswords {

    // No 0/O, 1/l/I: the password is read aloud or copied by hand.
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String next() {
        return next(12);
    }

    public static String next(int length) {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < length; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}

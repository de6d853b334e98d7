package org.duban.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret that stands for a person (a calendar feed's address, a personal access token): 256 random bits as 43
 * characters of URL-safe Base64, kept only as its SHA-256, so it is shown once, when it is made.
 */
public final class SecretToken {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SHAPE = "[A-Za-z0-9_-]{43}";

    private SecretToken() {
    }

    /** A new token: 43 characters of URL-safe Base64 (256 random bits). */
    public static String next() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    /** Has the token the shape {@link #next} gives? Anything else is no token, and is not looked up. */
    public static boolean isWellFormed(String token) {
        return token != null && token.matches(SHAPE);
    }

    /** What is kept of a token: its SHA-256, 64 lower-case hex digits. */
    public static String fingerprint(String token) {
        return Sha256.hex(token.getBytes(StandardCharsets.US_ASCII));
    }
}

package org.duban.shared;

/** Argument checks that fail with a message key, for value objects and aggregate verbs. */
public final class Require {
    private Require() {
    }

    public static <T> T present(T value, String messageKey) {
        if (value == null) {
            throw new DomainException(messageKey);
        }
        return value;
    }

    public static String text(String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new DomainException(messageKey);
        }
        return value.strip();
    }

    /** A required text typed into the input {@code field} (its id on the form). */
    public static String textIn(String field, String value, String messageKey) {
        if (value == null || value.isBlank()) {
            throw DomainException.inField(field, messageKey);
        }
        return value.strip();
    }

    public static <T> T presentIn(String field, T value, String messageKey) {
        if (value == null) {
            throw DomainException.inField(field, messageKey);
        }
        return value;
    }

    public static String optionalText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static void thatIn(String field, boolean condition, String messageKey, Object... arguments) {
        if (!condition) {
            throw DomainException.inField(field, messageKey, arguments);
        }
    }

    public static void that(boolean condition, String messageKey, Object... arguments) {
        if (!condition) {
            throw new DomainException(messageKey, arguments);
        }
    }
}

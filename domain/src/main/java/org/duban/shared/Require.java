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
        String trimmed = TypedText.trimmed(value);
        if (trimmed.isEmpty()) {
            throw new DomainException(messageKey);
        }
        return trimmed;
    }

    /** A required text typed into the input {@code field} (its id on the form). */
    public static String textIn(String field, String value, String messageKey) {
        String trimmed = TypedText.trimmed(value);
        if (trimmed.isEmpty()) {
            throw DomainException.inField(field, messageKey);
        }
        return trimmed;
    }

    public static <T> T presentIn(String field, T value, String messageKey) {
        if (value == null) {
            throw DomainException.inField(field, messageKey);
        }
        return value;
    }

    public static String optionalText(String value) {
        String trimmed = TypedText.trimmed(value);
        return trimmed.isEmpty() ? null : trimmed;
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

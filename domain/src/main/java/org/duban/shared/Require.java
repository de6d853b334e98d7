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
        String trimmed = TypedText.trimmed(withoutControl(null, value));
        if (trimmed.isEmpty()) {
            throw new DomainException(messageKey);
        }
        return trimmed;
    }

    /** A required text typed into the input {@code field} (its id on the form). */
    public static String textIn(String field, String value, String messageKey) {
        String trimmed = TypedText.trimmed(withoutControl(field, value));
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
        String trimmed = TypedText.trimmed(withoutControl(null, value));
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

    /**
     * Refuses a text with a control character in it ({@link TypedText#isControl}: pasted from a file or sent by a
     * script, never typed), naming it in the message, rather than store what PostgreSQL refuses (U+0000) or nobody
     * can see.
     */
    private static String withoutControl(String field, String value) {
        if (TypedText.hasControl(value)) {
            String shown = TypedText.shown(value.strip()); // e.g. 标题[U+0000 NULL]
            throw field == null ? new DomainException("error.text.control", shown)
                    : DomainException.inField(field, "error.text.control", shown);
        }
        return value;
    }
}

package org.duban.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as people type and paste it, made comparable: every kind of space trimmed, and for codes, logins and e-mail
 * addresses the full-width forms an input method leaves (ＪＷ, ＠) folded to their plain forms (Unicode NFKC, UAX #15).
 * A value that is still wrong is shown with its hidden characters named ({@link #shown}).
 */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Whether the code point is a space or an invisible character that nobody means to keep at either end of a cell:
     * Unicode white space (U+00A0 NO-BREAK SPACE and U+3000 IDEOGRAPHIC SPACE included), the zero-width characters
     * (U+200B–U+200D, U+2060) and the byte-order mark U+FEFF.
     */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint >= 0x200B && codePoint <= 0x200D || codePoint == 0x2060 || codePoint == 0xFEFF
                || codePoint == 0x180E;
    }

    /** Whether the code point is one a reader cannot see: a space other than U+0020, or a control or format character. */
    public static boolean isHidden(int codePoint) {
        return codePoint != ' ' && isSpace(codePoint) || Character.getType(codePoint) == Character.FORMAT
                || Character.isISOControl(codePoint);
    }

    /**
     * The text without spaces of any kind at either end ({@link #isSpace}) and without control characters
     * ({@link #isControl}) anywhere: what a search or a lookup can send to any database (PostgreSQL refuses U+0000).
     * {@code null} is empty. What is stored is checked first ({@link Require#text}), and refused with a control in it.
     */
    public static String trimmed(String text) {
        if (text == null) {
            return "";
        }
        if (hasControl(text)) {
            text = text.codePoints().filter(codePoint -> !isControl(codePoint))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /**
     * The canonical form of a code, a login, an e-mail address, an item or archival number as typed: NFKC (full-width
     * letters, digits and punctuation to their plain forms), then trimmed. Case is kept: compare with
     * {@link #folded} where case does not matter.
     */
    public static String canonical(String text) {
        return trimmed(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC));
    }

    /** {@link #canonical}, lower-cased (Locale.ROOT): for comparing codes and logins in either case. */
    public static String folded(String text) {
        return canonical(text).toLowerCase(Locale.ROOT);
    }

    /**
     * The value as a message shows it: each hidden character named in brackets, e.g. {@code TSG[U+00A0 NO-BREAK SPACE]},
     * so that the person sees what their screen does not.
     */
    public static String shown(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(codePoint -> {
            if (isHidden(codePoint)) {
                String name = Character.getName(codePoint);
                shown.append(String.format(Locale.ROOT, "[U+%04X%s]", codePoint, name == null ? "" : " " + name));
            } else {
                shown.appendCodePoint(codePoint);
            }
        });
        return shown.toString();
    }

    /**
     * Whether the code point cannot be seen even in running text: a zero-width or other format character, or a control
     * character other than a line break or a tab (which a cell of prose may hold).
     */
    public static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT || isControl(codePoint);
    }

    /** Whether the code point is a control character other than a tab or a line break: never meant in typed text. */
    public static boolean isControl(int codePoint) {
        return Character.isISOControl(codePoint) && codePoint != '\n' && codePoint != '\r' && codePoint != '\t';
    }

    /** Whether the text holds a control character ({@link #isControl}). */
    public static boolean hasControl(String text) {
        return text != null && text.codePoints().anyMatch(TypedText::isControl);
    }

    /** Whether prose holds a character nobody can see ({@link #isInvisible}); its spaces of any kind are allowed. */
    public static boolean hasInvisible(String text) {
        return text != null && text.codePoints().anyMatch(TypedText::isInvisible);
    }

    /** Whether the text holds a character a reader cannot see ({@link #isHidden}). */
    public static boolean hasHidden(String text) {
        return text != null && text.codePoints().anyMatch(TypedText::isHidden);
    }
}

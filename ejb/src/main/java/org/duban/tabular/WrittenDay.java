package org.duban.tabular;

import org.duban.shared.TypedText;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people and Excel write it: {@code 2026-01-01}, {@code 2026-1-1}, {@code 2026/1/1}, {@code 2026.1.1},
 * {@code 2026年1月1日}, in full-width digits too, and with the time Excel adds to a date saved as CSV
 * ({@code 2026/1/1 0:00}). An Excel date cell reaches here already as {@code 2026-01-01} ({@link TabularFile}).
 */
public final class WrittenDay {

    private static final Pattern DAY = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)"
                    + "(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2})?)?");

    private WrittenDay() {
    }

    /** The day the text names, or empty when it names none (a form not listed above, or no such day: 2026-2-30). */
    public static Optional<LocalDate> parse(String text) {
        Matcher matcher = DAY.matcher(TypedText.canonical(text));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean chinese = matcher.group(2) == null;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(chinese ? 4 : 2)), Integer.parseInt(matcher.group(chinese ? 5 : 3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}

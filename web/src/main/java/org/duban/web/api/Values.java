package org.duban.web.api;

import org.duban.shared.DomainException;
import org.duban.shared.TypedText;
import org.duban.tabular.WrittenDay;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A value of a query parameter or a JSON member as a person or a script writes it — full-width digits, spaces of
 * any kind around it, a day as 2026-12-31, 2026/12/31 or 2026年12月31日, a choice in either case with - or _ —
 * or a refusal (400) that names the parameter and shows the value, hidden characters named.
 */
final class Values {

    private Values() {
    }

    /** {@code null} for a missing or empty value. */
    static Integer integer(String name, String value) {
        String typed = TypedText.canonical(value);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(typed);
        } catch (NumberFormatException e) {
            throw DomainException.inField(name, "error.api.number", name, TypedText.shown(value));
        }
    }

    /** An id (a whole number above 0); {@code null} for a missing or empty value. */
    static Long id(String name, String value) {
        String typed = TypedText.canonical(value);
        if (typed.isEmpty()) {
            return null;
        }
        try {
            long id = Long.parseLong(typed);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.inField(name, "error.api.number", name, TypedText.shown(value));
    }

    /** {@code null} for a missing or empty value. */
    static LocalDate day(String name, String value) {
        String typed = TypedText.canonical(value);
        if (typed.isEmpty()) {
            return null;
        }
        return WrittenDay.parse(typed)
                .orElseThrow(() -> DomainException.inField(name, "error.api.date", name, TypedText.shown(value)));
    }

    /** One of the enum's names, in either case, - for _; {@code null} for a missing or empty value. */
    static <E extends Enum<E>> E choice(String name, String value, Class<E> choices) {
        String typed = TypedText.canonical(value).toUpperCase(Locale.ROOT).replace('-', '_');
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(choices, typed);
        } catch (IllegalArgumentException e) {
            throw DomainException.inField(name, "error.api.choice", name, TypedText.shown(value),
                    Arrays.stream(choices.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** true, false or nothing ({@code null}). */
    static Boolean yesOrNo(String name, String value) {
        String typed = TypedText.canonical(value).toLowerCase(Locale.ROOT);
        return switch (typed) {
            case "" -> null;
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.inField(name, "error.api.choice", name, TypedText.shown(value), "true, false");
        };
    }
}

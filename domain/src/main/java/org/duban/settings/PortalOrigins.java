package org.duban.settings;

import org.duban.shared.Require;
import org.duban.shared.TypedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The college portal's addresses (门户) that may show Duban's to-do widget in a frame: origins as a browser names them
 * ({@code scheme://host[:port]}, RFC 6454), typed by the administrator one after another, separated by spaces, line
 * breaks, commas or semicolons (full-width ones too), and given to browsers in the widget's
 * {@code Content-Security-Policy: frame-ancestors} (CSP Level 2 §7.7). Nothing else may frame any page.
 */
public final class PortalOrigins {

    /** At most this many characters in all, as the column keeps them. */
    public static final int MOST_CHARACTERS = 1000;
    private static final String ORIGIN = "https?://[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[0-9]{1,5})?";

    private PortalOrigins() {
    }

    /**
     * The origins in {@code typed}, each lower-cased with any trailing slash left off.
     *
     * @return the origins, in the order typed, each once; empty for blank text
     * @throws org.duban.shared.DomainException {@code error.settings.portalOrigin} naming the first value that is not an
     *                                          origin (a path, a wildcard, another scheme), hidden characters named
     */
    public static List<String> parse(String typed) {
        List<String> origins = new ArrayList<>();
        for (String part : TypedText.canonical(typed).split("[\\s,;]+")) {
            String value = TypedText.trimmed(part);
            if (value.isEmpty()) {
                continue;
            }
            String origin = value.toLowerCase(Locale.ROOT).replaceFirst("/$", "");
            Require.that(origin.matches(ORIGIN), "error.settings.portalOrigin", TypedText.shown(value));
            if (!origins.contains(origin)) {
                origins.add(origin);
            }
        }
        Require.that(String.join(" ", origins).length() <= MOST_CHARACTERS, "error.settings.portalOriginsTooLong",
                MOST_CHARACTERS);
        return origins;
    }
}

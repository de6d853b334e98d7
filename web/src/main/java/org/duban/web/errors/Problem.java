package org.duban.web.errors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import org.duban.web.i18n.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A refusal or failure as the REST API answers it: {@code application/problem+json} (RFC 9457) with {@code type}
 * about:blank, {@code title} the status's phrase, {@code status}, {@code detail} — the message in the caller's
 * language — and two members of Duban's own: {@code key}, the message's bundle key (stable, for programs), and
 * {@code field}, the input it concerns where it names one.
 */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    /** The body: {@code field} may be {@code null}. */
    public static JsonObject of(int status, Locale locale, String field, String key, Object... arguments) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", "about:blank").add("title", phrase(status))
                .add("status", status).add("detail", Messages.text(locale, key, arguments)).add("key", key);
        if (field != null) {
            body.add("field", field);
        }
        return body.build();
    }

    /** Writes it as the whole answer, outside Jakarta REST (the sign-in mechanism's 401). */
    public static void send(HttpServletResponse response, int status, Locale locale, String key) {
        try {
            response.setStatus(status);
            response.setContentType(MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getOutputStream().write(of(status, locale, null, key).toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String phrase(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 415 -> "Unsupported Media Type";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}

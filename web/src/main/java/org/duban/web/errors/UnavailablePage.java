package org.duban.web.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.duban.web.security.SecurityHeaders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The answer while the database cannot be reached ({@link DatabaseOutage}): 503 with {@code Retry-After: 60} and a
 * page of its own that needs nothing the outage took away — no Faces view, no page header (which counts to-dos),
 * no session bean. It is in Chinese and then English, both from the message bundle: without the database the
 * person's chosen language is unknown. Its link asks for the same address again (a form's address: the home page).
 */
public final class UnavailablePage {

    static final int RETRY_AFTER_SECONDS = 60;
    private static final String BUNDLE = "org.duban.web.i18n.messages";

    private UnavailablePage() {
    }

    /** Writes the page unless the response was already sent in part (then nothing more can be said). */
    public static void send(HttpServletRequest request, HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        SecurityHeaders.applyTo(response);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String again = "GET".equals(request.getMethod()) ? address(request) : request.getContextPath() + "/";
        ResourceBundle chinese = ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE);
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escaped(chinese.getString("page.unavailable.title"))).append("</title></head>")
                .append("<body style=\"font-family: sans-serif; max-width: 40em; margin: 3em auto; padding: 0 1em\">");
        for (ResourceBundle bundle : new ResourceBundle[]{chinese, english}) {
            page.append("<section lang=\"").append(bundle == chinese ? "zh-CN" : "en").append("\"><h1>")
                    .append(escaped(bundle.getString("page.unavailable.title"))).append("</h1><p>")
                    .append(escaped(bundle.getString("page.unavailable.text"))).append("</p><p><a href=\"")
                    .append(escaped(again)).append("\">").append(escaped(bundle.getString("page.unavailable.again")))
                    .append("</a></p></section>");
        }
        try {
            response.getWriter().write(page.append("</body></html>").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address the request asked for, with its query: where a page is asked for again. */
    public static String address(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

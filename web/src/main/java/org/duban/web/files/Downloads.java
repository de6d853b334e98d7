package org.duban.web.files;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How every download leaves: as an attachment under its own (UTF-8) name, never sniffed as something else. */
public final class Downloads {

    private Downloads() {
    }

    public static void send(HttpServletResponse response, String contentType, String fileName, byte[] bytes)
            throws IOException {
        response.setContentType(contentType);
        disposition(response, fileName);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    public static void disposition(HttpServletResponse response, String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + encoded);
        response.setHeader("X-Content-Type-Options", "nosniff");
    }
}

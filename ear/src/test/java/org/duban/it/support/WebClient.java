package org.duban.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test only: a person's browser reduced to plain HTTP — cookies, GET, and posting a Faces form with the fields the
 * page itself rendered (hidden ones and the view state included), so the server sees exactly what a form sends,
 * and nothing a browser would check first.
 */
public final class WebClient {

    private static final Pattern INPUT = Pattern.compile("<input([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEXTAREA = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>");
    private static final Pattern SELECT = Pattern.compile("<select[^>]*name=\"([^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option[^>]*value=\"([^\"]*)\"([^>]*)>");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastPage = "";

    public WebClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A client of the server an in-container test runs in, reached from outside over its HTTP port. */
    public static WebClient ofThisServer() {
        return new WebClient(thisServersAddress());
    }

    /** The address of the application an in-container test runs in, as a client outside reaches it. */
    public static String thisServersAddress() {
        jakarta.servlet.http.HttpServletRequest request = CurrentExchange.request();
        return "http://127.0.0.1:" + request.getLocalPort() + request.getContextPath() + "/";
    }

    public HttpResponse<String> get(String path) {
        return remember(send(HttpRequest.newBuilder(URI.create(base + path)).GET().build()));
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The last page's fields of one form, as a person who changed nothing would send them. */
    public Map<String, String> form(String formId) {
        int start = lastPage.indexOf("id=\"" + formId + "\"");
        if (start < 0) {
            throw new AssertionError("no form " + formId + " on the page: " + lastPage);
        }
        String html = lastPage.substring(start, lastPage.indexOf("</form>", start));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = INPUT.matcher(html);
        while (input.find()) {
            String attributes = input.group(1);
            String type = attribute(attributes, "type");
            String name = attribute(attributes, "name");
            boolean ticked = attributes.contains("checked");
            if (name != null && !"submit".equals(type) && !"file".equals(type)
                    && (!"checkbox".equals(type) && !"radio".equals(type) || ticked)) {
                fields.put(name, unescape(attribute(attributes, "value") == null ? "" : attribute(attributes, "value")));
            }
        }
        Matcher textarea = TEXTAREA.matcher(html);
        while (textarea.find()) {
            fields.put(textarea.group(1), unescape(textarea.group(2)));
        }
        Matcher select = SELECT.matcher(html);
        while (select.find()) {
            Matcher option = OPTION.matcher(select.group(2));
            String chosen = null;
            while (option.find()) {
                if (chosen == null || option.group(2).contains("selected")) {
                    chosen = option.group(1);
                }
            }
            fields.put(select.group(1), chosen == null ? "" : chosen);
        }
        return fields;
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    /** An ajax post of a Faces form, as PrimeFaces sends it for the given button. */
    public HttpResponse<String> postAjax(String path, Map<String, String> fields, String source) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.partial.ajax", "true");
        all.put("jakarta.faces.source", source);
        all.put("jakarta.faces.partial.execute", "@all");
        all.put(source, source);
        StringBuilder body = new StringBuilder();
        all.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Faces-Request", "partial/ajax")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    /** A multipart post with one file part, its name and bytes chosen by the test, not by a browser. */
    public HttpResponse<String> postWithFile(String path, Map<String, String> fields, String fileField,
                                             String fileName, byte[] content) {
        String boundary = "----duban" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return remember(send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build()));
    }

    /** Signs in through the login form as a person would. */
    public HttpResponse<String> signIn(String username, String password) {
        get("login.xhtml");
        Map<String, String> fields = form("login");
        fields.put("login:username", username);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        return post("login.xhtml", fields);
    }

    public void signOut() {
        get("home.xhtml");
        Map<String, String> fields = form("header");
        fields.put("header:logout", "");
        post("home.xhtml", fields);
    }

    public String lastPage() {
        return lastPage;
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        lastPage = response.body();
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

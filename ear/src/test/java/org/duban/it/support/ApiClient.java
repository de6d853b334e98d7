package org.duban.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Test only: a program using the REST API of the server an in-container test runs in, over HTTP with a personal
 * access token (or none), as a portal or a script would.
 */
public final class ApiClient {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String token;
    private String language;

    private ApiClient(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** A client of this server's API with the given token ({@code null}: none). */
    public static ApiClient withToken(String token) {
        return new ApiClient(WebClient.thisServersAddress() + "api/", token);
    }

    /** Asks for answers in this language (Accept-Language). */
    public ApiClient inLanguage(String language) {
        this.language = language;
        return this;
    }

    /** An answer: its status, media type and body as JSON (an object, or null when the body is not JSON). */
    public record Answer(int status, String type, String body, HttpResponse<String> response) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure read = reader.read();
                return read.asJsonObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + type + " " + body;
        }
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.duban.web.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's description, OpenAPI 3.1, at {@code /api/openapi.json} (open: no sign-in). Written by hand beside the
 * resources; {@code OpenApiDocumentTest} keeps the two the same (every path, method and parameter).
 */
@Path("openapi.json")
public class OpenApiResource {

    /** Where the document is on the class path. */
    public static final String DOCUMENT = "/org/duban/web/api/openapi.json";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] document() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

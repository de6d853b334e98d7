package org.duban.web.api;

import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.duban.web.errors.DatabaseOutage;
import org.duban.web.errors.ErrorIds;
import org.duban.web.errors.Problem;
import org.duban.web.errors.Refused;
import org.duban.web.security.Refusals;

import java.util.Optional;

/**
 * Every failure of an API request as a problem ({@link Problem}): a refusal of the services at the status
 * {@link Refused#apiStatus} gives it, Jakarta REST's own (no such address, method, media type) at theirs, a body that is
 * no JSON 400; the database out of reach 503; anything else 500 with an error id, its details in the log only.
 */
@Provider
public class Problems implements ExceptionMapper<Throwable> {

    /**
     * The inputs a rule names by the item page's ids, as the API's body names them (the others are the same):
     * {@code field} must point at what the program sent.
     */
    private static final java.util.Map<String, String> MEMBERS = java.util.Map.of("kind", "reworkKind",
            "method", "urging.method", "urgedOn", "urging.urgedOn", "notes", "urging.notes", "people", "urging.people");

    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        Optional<Refused> refused = Refused.in(failure);
        if (refused.isPresent()) {
            Refused refusal = refused.get();
            // a refused role is recorded in the audit trail, as a page's is (the services record the others)
            refusal.ofRole().ifPresent(role -> jakarta.enterprise.inject.spi.CDI.current().select(Refusals.class).get()
                    .record(role));
            return answer(refusal.apiStatus(), refusal.field().map(field -> MEMBERS.getOrDefault(field, field)).orElse(null),
                    refusal.messageKey(), refusal.arguments());
        }
        if (failure instanceof JsonParsingException json) {
            return answer(400, null, "error.api.jsonSyntax", json.getLocation() == null ? "?"
                    : json.getLocation().getLineNumber(), json.getLocation() == null ? "?"
                    : json.getLocation().getColumnNumber());
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return answer(status, null, switch (status) {
                case 404 -> "error.api.noSuchResource";
                case 405 -> "error.api.method";
                case 406 -> "error.api.notAcceptable";
                case 415 -> "error.api.mediaType";
                default -> "error.api.badRequest";
            });
        }
        if (DatabaseOutage.explains(failure)) {
            return Response.fromResponse(answer(503, null, "error.api.unavailable")).header("Retry-After", "60").build();
        }
        return answer(500, null, "error.api.unexpected", ErrorIds.of(request, failure, "api"));
    }

    private Response answer(int status, String field, String key, Object... arguments) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status, ApiLanguage.of(request), field, key, arguments).toString()).build();
    }
}

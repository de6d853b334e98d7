package org.duban.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.duban.organization.AccessToken.Scope;
import org.duban.web.errors.Problem;
import org.duban.web.security.SessionAuthenticationMechanism;

import java.util.Set;

/**
 * A request that changes something needs a read-write token: a read token, or a browser's session (which another
 * site could otherwise make a browser send), reads only — 403 with a problem, before any resource runs.
 */
@Provider
public class WriteScope implements ContainerRequestFilter {

    private static final Set<String> READING = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private HttpServletRequest request;

    @Override
    public void filter(ContainerRequestContext context) {
        if (READING.contains(context.getMethod())
                || SessionAuthenticationMechanism.scopeOf(request).filter(Scope::allowsWriting).isPresent()) {
            return;
        }
        context.abortWith(Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, ApiLanguage.of(request), null, "error.api.readOnly").toString()).build());
    }
}

package org.duban.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.duban.organization.AccessToken;
import org.duban.organization.Account;
import org.duban.organization.Role;
import org.duban.web.security.SessionAuthenticationMechanism;

import java.util.List;

/** Who the API takes the caller for: the person, their unit and roles, and what this request may do. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** {@code scope}: READ or READ_WRITE (a browser's session reads). */
    public record Me(String login, String name, String unit, List<String> roles, String language, String scope) {
    }

    @Inject
    private HttpServletRequest request;
    @Inject
    private Shapes shapes;

    @GET
    public Me me() {
        Account account = SessionAuthenticationMechanism.accountOf(request).orElseThrow();
        return new Me(account.getUsername(), shapes.person(account.getUsername()), account.getUnit().getName(),
                account.getRoles().stream().map(Role::name).sorted().toList(), shapes.locale().getLanguage(),
                SessionAuthenticationMechanism.scopeOf(request).map(AccessToken.Scope::name).orElse(null));
    }
}

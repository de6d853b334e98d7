package org.duban.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;

/** Test only: signs in through the application's own Jakarta Security mechanism and identity store. */
@ApplicationScoped
public class SignIn {

    @Inject
    private SecurityContext securityContext;

    public void as(String username, String password) {
        try {
            CurrentExchange.request().logout();
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
        AuthenticationStatus status = securityContext.authenticate(CurrentExchange.request(), CurrentExchange.response(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + status);
        }
    }
}

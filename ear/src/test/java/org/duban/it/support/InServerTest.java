package org.duban.it.support;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import org.duban.organization.Account;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs inside the server (deployed with {@link Deployments#microWarForInContainerTests}): each test
 * gets its own people in their units, and signs in as them through the application's own mechanism.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class InServerTest {

    @Inject
    protected SignIn signIn;
    @EJB
    protected Fixtures fixtures;

    protected World world;

    @BeforeEach
    void makeTheWorld() {
        world = new World(fixtures);
    }

    protected void as(Account account) {
        signIn.as(account.getUsername(), Fixtures.PASSWORD);
    }
}

package org.duban.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API's root, {@code /api} (the sign-in mechanism knows it too: {@code SessionAuthenticationMechanism.API}). */
@ApplicationPath("api")
public class RestApi extends Application {
}

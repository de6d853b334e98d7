package org.duban.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.duban.settings.Settings;

/** The session of a person who has just signed in, by password or by single sign-on. */
final class SessionStart {

    private SessionStart() {
    }

    /**
     * The request's session under a new id, so that an id known before signing in (fixation) is worth nothing after,
     * with the settings' idle timeout.
     */
    static HttpSession of(HttpServletRequest request, Settings settings) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession();
        session.setMaxInactiveInterval(settings.getIdleTimeoutMinutes() * 60);
        return session;
    }
}

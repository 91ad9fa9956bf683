package org.tryon.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;

/**
 * The user signed in on the login page, kept in their HTTP session by {@link TryonAuthenticationMechanism}
 * (not by the container): the name and the roles the identity store gave at sign-in. Immutable, so
 * concurrent requests of one session read the same value and no request can change another's.
 */
record SignedIn(String name, Set<String> groups) implements Serializable {

    static final String ATTRIBUTE = SignedIn.class.getName();

    SignedIn {
        groups = Set.copyOf(groups);
    }

    /** The signed-in user of the request's session, or null (no session, or nobody signed in on it). */
    static SignedIn of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            return session.getAttribute(ATTRIBUTE) instanceof SignedIn s ? s : null;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /**
     * Puts the user in the session, under a new session id when the session existed before sign-in
     * (a session id known before sign-in must not carry the signed-in user: session fixation).
     */
    void keepIn(HttpServletRequest request) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(ATTRIBUTE, this);
    }
}

package org.tryon.platform.security;

import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The session cookie with {@code SameSite=Lax} (ADR 0022). web.xml asks for it (Servlet 6 cookie
 * attribute), but Payara Micro 6 writes the session cookie without it; so whenever a session id is
 * made (a new session, or a new id at sign-in) the cookie is sent once more, after the container's,
 * with the same name, value and path plus {@code SameSite=Lax}: a browser keeps the last one.
 */
public final class SessionCookies {

    private SessionCookies() {}

    /** Sends the session's cookie again with SameSite (nothing when there is no session or the answer has started). */
    public static void reissue(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session == null || response.isCommitted()) {
            return;
        }
        SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
        String name = config.getName() == null ? "JSESSIONID" : config.getName();
        String path = config.getPath() != null
                ? config.getPath()
                : request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addHeader(
                "Set-Cookie",
                name + "=" + session.getId() + "; Path=" + path + "; HttpOnly"
                        + (request.isSecure() || config.isSecure() ? "; Secure" : "") + "; SameSite=Lax");
    }

    /** The request, such that a session made through it gets its cookie with SameSite. */
    public static HttpServletRequest wrap(HttpServletRequest request, HttpServletResponse response) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public HttpSession getSession(boolean create) {
                HttpSession before = super.getSession(false);
                HttpSession session = super.getSession(create);
                if (session != null && (before == null || !before.getId().equals(session.getId()))) {
                    reissue(this, response);
                }
                return session;
            }

            @Override
            public HttpSession getSession() {
                return getSession(true);
            }

            @Override
            public String changeSessionId() {
                String id = super.changeSessionId();
                reissue(this, response);
                return id;
            }
        };
    }
}

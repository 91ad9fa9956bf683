package org.tryon.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Cross-site request forgery on the REST API (ADR 0022). A browser signed in on the login page
 * sends its session cookie with any request, also one another site makes it send (a form POST
 * needs no CORS preflight). So a call to {@code /api/...} that may change something (not GET,
 * HEAD or OPTIONS) and is authenticated by the session (no HTTP Basic header) must show it comes
 * from the application itself: an {@code Origin} (or, without one, a {@code Referer}) of the
 * application's own origin (its Host, or one of {@code tryon.web.origins}), or the session's
 * token in {@value #HEADER}. Programs using HTTP Basic are not affected: a browser never adds
 * Basic credentials to another site's request by itself unless the user typed them for this site.
 */
public final class CsrfGuard {

    public static final String HEADER = "X-CSRF-Token";
    static final String TOKEN = CsrfGuard.class.getName() + ".token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfGuard() {}

    /** Why the request is refused, or null when it may go on. */
    public static String refusal(HttpServletRequest request) {
        if (SAFE.contains(request.getMethod().toUpperCase(Locale.ROOT))
                || !isApi(request)
                || hasBasic(request)
                || SignedIn.of(request) == null) {
            return null;
        }
        String token = request.getHeader(HEADER);
        if (token != null && token.equals(sessionToken(request, false))) {
            return null;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !"null".equals(origin)) {
            return ownOrigin(request, origin) ? null : "The request comes from another site (Origin " + origin + ")";
        }
        String referer = request.getHeader("Referer");
        if (referer != null) {
            return ownOrigin(request, referer) ? null : "The request comes from another site (Referer)";
        }
        return "A change made with a signed-in browser session must carry the application's Origin or the " + HEADER
                + " header";
    }

    /** The session's token, made on first use (for scripts of the application that call the API with the session). */
    public static String sessionToken(HttpServletRequest request, boolean create) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        try {
            Object token = session.getAttribute(TOKEN);
            if (token == null && create) {
                byte[] bytes = new byte[24];
                RANDOM.nextBytes(bytes);
                token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                session.setAttribute(TOKEN, token);
            }
            return (String) token;
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    /** Whether the request's session carries a signed-in user (and no HTTP Basic header). */
    public static boolean bySession(HttpServletRequest request) {
        return !hasBasic(request) && SignedIn.of(request) != null;
    }

    /** Whether the URL (an Origin or Referer) is this application's own origin. */
    public static boolean isOwnOrigin(HttpServletRequest request, String url) {
        return ownOrigin(request, url);
    }

    static boolean ownOrigin(HttpServletRequest request, String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String origin = (uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort()))
                .toLowerCase(Locale.ROOT);
        String host = request.getHeader("Host");
        if (host != null && origin.equals((request.getScheme() + "://" + host).toLowerCase(Locale.ROOT))) {
            return true;
        }
        List<String> allowed = ConfigProvider.getConfig()
                .getOptionalValues("tryon.web.origins", String.class)
                .orElse(List.of());
        return allowed.stream().map(a -> a.trim().toLowerCase(Locale.ROOT)).anyMatch(origin::equals);
    }

    private static boolean hasBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private static boolean isApi(HttpServletRequest request) {
        return TryonAuthenticationMechanism.isApi(request);
    }
}

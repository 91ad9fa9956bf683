package org.tryon.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.tryon.platform.health.DatabaseUnavailable;
import org.tryon.platform.health.DatabaseWatch;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;

/**
 * One way in for people and one for programs.
 * <ul>
 * <li>Screens: the login page calls {@code SecurityContext.authenticate} with the typed
 * credentials; the session then carries the caller ({@link SignedIn}). A protected page asked for
 * without a session redirects to the login page and back after it.</li>
 * <li>REST ({@code /api/...}): HTTP Basic on each request (the password is checked each time and no
 * session is made), or the session of a user signed in on the login page. A protected resource
 * without credentials answers 401 with a problem document, never a redirect.</li>
 * </ul>
 *
 * <p>The session is kept by this class, not by {@code @AutoApplySession}: each request of a session
 * tells the container the caller's name and roles afresh. With {@code @AutoApplySession}, Payara
 * 6.2025 restores a session's caller through state it shares between requests, and under concurrent
 * requests of different sessions some requests ran with the right name but without any role (403;
 * Payara FISH-7515, GlassFish #25141; ADR 0015).
 */
@ApplicationScoped
public class TryonAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";

    /** The request attribute telling the login page how many seconds sign-in stays refused. */
    public static final String THROTTLED = "tryon.signin.throttledSeconds";

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    DatabaseWatch database;

    private LoginThrottle throttle;

    @PostConstruct
    void init() {
        Config config = ConfigProvider.getConfig();
        throttle = new LoginThrottle(
                config.getOptionalValue("tryon.signin.max-failures", Integer.class)
                        .orElse(5),
                config.getOptionalValue("tryon.signin.max-failures-per-address", Integer.class)
                        .orElse(20),
                Duration.ofMinutes(config.getOptionalValue("tryon.signin.window-minutes", Integer.class)
                        .orElse(15)),
                Duration.ofSeconds(config.getOptionalValue("tryon.signin.lock-seconds", Integer.class)
                        .orElse(15)),
                Duration.ofMinutes(15));
    }

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        // here too, not only in the web filter: a 401 or a redirect to the login page is answered before any filter
        // runs
        SecurityHeaders.apply(response);
        if (!database.available() && DatabaseUnavailable.gated(request)) {
            DatabaseUnavailable.answer(request, response, database);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (database.diskFull() && DatabaseUnavailable.isChange(request) && DatabaseUnavailable.gated(request)) {
            // a change would wait for disk space, then time out with its outcome unknown (ADR 0027): refuse it at once
            DatabaseUnavailable.answerDiskFull(request, response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            // the login page (SecurityContext.authenticate): the one way to a session
            return login(context, credential, request, response, isApi(request), true);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential basic =
                    parseBasic(authorization.substring(6).trim());
            if (basic == null) {
                return unauthorized(request, response, context, "The Authorization header is not valid HTTP Basic");
            }
            return login(context, basic, request, response, true, false);
        }
        SignedIn signedIn = SignedIn.of(request);
        if (signedIn != null) {
            return context.notifyContainerAboutLogin(signedIn.name(), signedIn.groups());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return unauthorized(request, response, context, "Sign in: send HTTP Basic credentials with the request");
        }
        String target =
                request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        return context.redirect(
                request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    /** Signing out ({@code request.logout()}) also forgets the session's user. */
    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.removeAttribute(SignedIn.ATTRIBUTE);
            } catch (IllegalStateException alreadyInvalidated) {
                // nothing left to forget
            }
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private AuthenticationStatus login(
            HttpMessageContext context,
            Credential credential,
            HttpServletRequest request,
            HttpServletResponse response,
            boolean api,
            boolean keepInSession) {
        String username = credential instanceof UsernamePasswordCredential up ? up.getCaller() : null;
        String address = request.getRemoteAddr();
        // real time, not the county's (adjustable) clock: a lock is about seconds, not about business dates
        Duration locked = throttle.lockedFor(username, address, Instant.now());
        if (!locked.isZero()) {
            return throttled(request, response, context, api, locked);
        }
        CredentialValidationResult result;
        try {
            result = identityStore.validate(credential);
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            // the database went away before the probe noticed (ADR 0023): the same prompt 503, not the container's bare
            // 500
            DatabaseUnavailable.answer(request, response, database);
            return AuthenticationStatus.SEND_FAILURE;
        }
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(username, address, Instant.now());
        } else {
            throttle.succeeded(username);
        }
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            if (keepInSession) {
                new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()).keepIn(request);
                SessionCookies.reissue(request, response);
            }
            return context.notifyContainerAboutLogin(result);
        }
        if (api) {
            return unauthorized(request, response, context, "Unknown user or wrong password");
        }
        // the login page stays, with its message: no error page
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus unauthorized(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String detail) {
        try {
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"tryon\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(Problems.json(new Problem(
                            "about:blank", "Unauthorized", 401, detail, request.getRequestURI(), java.util.List.of())));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    /**
     * Too many wrong passwords for this name or from this address: 429 for programs, a message on the
     * login page for people; the same words whether the user exists or not.
     */
    private AuthenticationStatus throttled(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            boolean api,
            Duration locked) {
        long seconds = Math.max(1, locked.toSeconds() + (locked.toMillisPart() > 0 ? 1 : 0));
        if (!api) {
            request.setAttribute(THROTTLED, seconds);
            return AuthenticationStatus.SEND_FAILURE;
        }
        try {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(seconds));
            response.setContentType(Problem.MEDIA_TYPE);
            response.setCharacterEncoding("UTF-8");
            String detail = "Too many failed sign-ins: try again in " + seconds + " seconds";
            response.getWriter()
                    .write(Problems.json(new Problem(
                            "about:blank",
                            "Too Many Requests",
                            429,
                            detail,
                            request.getRequestURI(),
                            java.util.List.of(new Problem.FieldProblem("credentials", "throttled", detail)))));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    static UsernamePasswordCredential parseBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.tryon.platform.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The headers every answer carries (ADR 0022). The Content-Security-Policy lets only the
 * application's own scripts, styles, images, fonts and connections run, forbids plugins, foreign
 * form targets and framing by other sites; PrimeFaces 15 writes inline scripts and styles, so
 * {@code 'unsafe-inline'} (and {@code 'unsafe-eval'} for its widget scripts) stay allowed for now.
 */
public final class SecurityHeaders {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; "
            + "font-src 'self' data:; "
            + "connect-src 'self'; "
            + "object-src 'none'; "
            + "base-uri 'self'; "
            + "form-action 'self'; "
            + "frame-ancestors 'self'";

    private SecurityHeaders() {}

    public static void apply(HttpServletResponse response) {
        if (response.isCommitted()) {
            return;
        }
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    }
}

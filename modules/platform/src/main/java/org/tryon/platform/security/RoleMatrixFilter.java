package org.tryon.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Logger;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;

/**
 * Enforces the role matrix (ADR 0026) on every request, after the container's URL constraints (web.xml and the modules'
 * web fragments) and before any resource or page runs: an operation or screen whose matrix line does not allow any of the
 * caller's roles answers 403 (a problem document for {@code /api/...}, the error page otherwise); an anonymous caller of a
 * line that is not open to anyone gets 401 (API) or the sign-in page. So a role that the matrix denies is refused before
 * its request's body is read or validated and before a record is looked up.
 *
 * <p>A request that no line is about (an unknown address, a Faces resource) and fragments (the web hardening answers 404)
 * pass; the tests keep every operation and Facelets file in the matrix.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RoleMatrixFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RoleMatrixFilter.class.getName());

    private transient RoleMatrix matrix;

    @Override
    public void init() throws ServletException {
        matrix = RoleMatrix.load(getServletContext().getClassLoader());
        if (matrix == null) {
            LOG.warning(
                    "No role matrix (" + RoleMatrix.RESOURCE + ") in this deployment: only the URL constraints apply");
        } else {
            LOG.info("Role matrix: " + matrix.lines().size() + " operations and screens");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String method = request.getMethod();
        if (matrix == null || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        RoleMatrix.Line line = matrix.find(method, path);
        if (line == null
                || line.kind() == RoleMatrix.Kind.FRAGMENT
                || line.anonymous()
                || line.roles().stream().anyMatch(request::isUserInRole)) {
            chain.doFilter(request, response);
            return;
        }
        boolean api = line.kind() == RoleMatrix.Kind.API;
        if (request.getUserPrincipal() == null) {
            if (api) {
                refuse(request, response, 401, "Unauthorized", "Sign in: send HTTP Basic credentials with the request");
            } else {
                String target = path + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
                response.sendRedirect(request.getContextPath() + TryonAuthenticationMechanism.LOGIN_PAGE + "?next="
                        + URLEncoder.encode(target, StandardCharsets.UTF_8));
            }
            return;
        }
        if (api) {
            refuse(request, response, 403, "Forbidden", refusal(line));
        } else {
            response.sendError(403);
        }
    }

    /** "108.8: only a permit technician, a trade code administrator or an administrator may POST /api/v1/permits/{id}/issue". */
    static String refusal(RoleMatrix.Line line) {
        List<String> who = Roles.ALL.stream()
                .filter(line.roles()::contains)
                .map(r -> ("AEIOU".indexOf(r.charAt(0)) >= 0 ? "an " : "a ")
                        + r.toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .toList();
        String roles = who.isEmpty()
                ? "nobody"
                : who.size() == 1
                        ? who.get(0)
                        : String.join(", ", who.subList(0, who.size() - 1)) + " or " + who.get(who.size() - 1);
        return (line.basis().isEmpty() ? "" : line.basis() + ": ") + "only " + roles + " may " + line.key()
                + " (role matrix, ADR 0026)";
    }

    private static void refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String title, String detail)
            throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"tryon\"");
        }
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Problems.json(
                        new Problem("about:blank", title, status, detail, request.getRequestURI(), List.of())));
    }
}

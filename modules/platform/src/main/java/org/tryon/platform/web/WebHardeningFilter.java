package org.tryon.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;
import org.tryon.platform.security.CsrfGuard;
import org.tryon.platform.security.SecurityHeaders;
import org.tryon.platform.security.SessionCookies;

/**
 * What every answer of the application gets (ADR 0022):
 * <ul>
 * <li>the security headers ({@link SecurityHeaders});</li>
 * <li>a change to the REST API made with a signed-in browser session must come from the application
 * itself ({@link CsrfGuard}): 403 with a problem document otherwise; GET answers to such a session carry
 * its token in {@value CsrfGuard#HEADER};</li>
 * <li>a session made while answering gets its cookie with {@code SameSite=Lax} ({@link SessionCookies});</li>
 * <li>a Facelets file that is not a page (an include fragment: a {@code ui:composition} without a
 * template; a template: it has {@code ui:insert}) is not reachable at its address: 404.</li>
 * </ul>
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.FORWARD})
public class WebHardeningFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern ROOT = Pattern.compile(
            "<(ui:composition|ui:component|ui:fragment|ui:decorate|html|f:view)\\b[^>]*>", Pattern.DOTALL);

    private final Map<String, Boolean> fragments = new ConcurrentHashMap<>();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response);
        if (request.getDispatcherType() == DispatcherType.REQUEST) {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.endsWith(".xhtml") && isFragmentPath(path)) {
                response.sendError(404);
                return;
            }
            String refusal = CsrfGuard.refusal(request);
            if (refusal != null) {
                response.setStatus(403);
                response.setContentType(Problem.MEDIA_TYPE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter()
                        .write(Problems.json(new Problem(
                                "about:blank",
                                "Forbidden",
                                403,
                                refusal,
                                request.getRequestURI(),
                                List.of(new Problem.FieldProblem("Origin", "sameOrigin", refusal)))));
                return;
            }
            if (path.startsWith("/api/") && CsrfGuard.bySession(request)) {
                response.setHeader(CsrfGuard.HEADER, CsrfGuard.sessionToken(request, true));
            }
        }
        chain.doFilter(
                request.getDispatcherType() == DispatcherType.REQUEST
                        ? SessionCookies.wrap(request, response)
                        : request,
                response);
    }

    private boolean isFragmentPath(String path) {
        Boolean known = fragments.get(path);
        if (known != null) {
            return known;
        }
        try (InputStream in = getServletContext().getResourceAsStream(path)) {
            if (in == null) {
                return false; // nothing there: Faces answers 404 itself; not remembered, so unknown addresses do not
                // fill the map
            }
            boolean fragment = isFragment(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            fragments.put(path, fragment);
            return fragment;
        } catch (IOException e) {
            return false;
        }
    }

    /** A Facelets file that only makes sense inside a page: a composition without template, or a template. */
    public static boolean isFragment(String xhtml) {
        if (xhtml.contains("<ui:insert")) {
            return true;
        }
        Matcher m = ROOT.matcher(xhtml);
        if (!m.find()) {
            return false;
        }
        String root = m.group(1);
        return !("html".equals(root) || "f:view".equals(root)) && !m.group().contains("template=");
    }
}

package org.tryon.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.tryon.platform.rest.Problem;
import org.tryon.platform.rest.Problems;

/**
 * The container's error pages (403 for a wrong role, 404, 500): a problem document for
 * {@code /api/...}, a short HTML page for screens.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        int code = status == null ? 500 : status;
        String title = switch (code) {
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 401 -> "Unauthorized";
            case 405 -> "Method not allowed";
            default -> code >= 500 ? "Internal error" : "Error";
        };
        String detail = switch (code) {
            case 403 -> "Your role does not allow this.";
            case 404 -> "There is nothing at this address.";
            default -> title;
        };
        response.setStatus(code);
        response.setCharacterEncoding("UTF-8");
        String path = uri == null
                ? ""
                : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        if (path.startsWith("/api/")) {
            response.setContentType(Problem.MEDIA_TYPE);
            response.getWriter().write(Problems.json(new Problem("about:blank", title, code, detail, uri, List.of())));
        } else {
            response.setContentType("text/html");
            response.getWriter()
                    .write("<!DOCTYPE html><html><head><title>" + code + " " + title
                            + " - Tryon</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1 id=\"error-title\">"
                            + code + " "
                            + title + "</h1><p>" + detail + "</p><p><a href=\"" + request.getContextPath()
                            + "/index.xhtml\">Back to Tryon</a></p></body></html>");
        }
    }
}

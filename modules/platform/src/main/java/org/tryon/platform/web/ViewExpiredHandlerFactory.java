package org.tryon.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.tryon.platform.security.CsrfGuard;

/**
 * A form posted with a view state the server does not know (the page stayed open longer than the
 * session, the server restarted, or the state is another site's or forged) is not an internal error
 * (ADR 0022): the user is sent back to the same page (the address it was opened with, when the
 * browser tells it) with the message {@value #MESSAGE}, and what they had typed in its text fields
 * (not passwords) is put back ({@link RestoreTypedValues}). Nothing of the post is executed.
 */
public class ViewExpiredHandlerFactory extends ExceptionHandlerFactory {

    public static final String MESSAGE =
            "This page had expired, so nothing was saved. Please check what you typed and submit again.";
    static final String TYPED = ViewExpiredHandlerFactory.class.getName() + ".typed";

    public ViewExpiredHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> it =
                            getUnhandledExceptionQueuedEvents().iterator();
                    it.hasNext(); ) {
                Throwable t = it.next().getContext().getException();
                ViewExpiredException expired = expired(t);
                if (expired == null) {
                    continue;
                }
                FacesContext faces = FacesContext.getCurrentInstance();
                ExternalContext ext = faces.getExternalContext();
                try {
                    ext.getFlash().put(TYPED, typed(ext.getRequestParameterMap()));
                    ext.getFlash().setKeepMessages(true);
                    faces.addMessage(
                            null, new FacesMessage(FacesMessage.SEVERITY_WARN, "Page expired, please reload", MESSAGE));
                    ext.redirect(target(faces, expired));
                    faces.responseComplete();
                } catch (IOException | RuntimeException e) {
                    throw new FacesException(e);
                } finally {
                    it.remove();
                }
            }
            getWrapped().handle();
        }

        private static ViewExpiredException expired(Throwable t) {
            for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
                if (c instanceof ViewExpiredException v) {
                    return v;
                }
            }
            return null;
        }

        /** The page again: the address the browser says the form was on, when it is this application's, else the view. */
        private static String target(FacesContext faces, ViewExpiredException expired) {
            ExternalContext ext = faces.getExternalContext();
            String context = ext.getRequestContextPath();
            String referer = ext.getRequestHeaderMap().get("Referer");
            jakarta.servlet.http.HttpServletRequest request =
                    (jakarta.servlet.http.HttpServletRequest) ext.getRequest();
            if (referer != null && CsrfGuard.isOwnOrigin(request, referer)) {
                java.net.URI uri = java.net.URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith(context + "/") && !path.contains("login.xhtml")) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            }
            String viewId = expired.getViewId();
            return context + (viewId == null || viewId.isBlank() ? "/index.xhtml" : viewId);
        }

        /** The values of the form's fields, without the framework's own and without anything looking like a password. */
        private static Map<String, String> typed(Map<String, String> parameters) {
            Map<String, String> typed = new HashMap<>();
            parameters.forEach((name, value) -> {
                String lower = name.toLowerCase(java.util.Locale.ROOT);
                if (!name.startsWith("jakarta.faces.")
                        && !name.startsWith("javax.faces.")
                        && !name.startsWith("primefaces.")
                        && !lower.contains("password")
                        && value != null
                        && value.length() <= 10_000
                        && typed.size() < 500) {
                    typed.put(name, value);
                }
            });
            return typed;
        }
    }
}

package org.tryon.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** The login page. */
@Named("login")
@RequestScoped
public class LoginBean {

    @Inject
    SecurityContext security;

    @Inject
    FacesContext faces;

    private String username;
    private String password;
    private String next;

    public void submit() throws IOException {
        ExternalContext ext = faces.getExternalContext();
        AuthenticationStatus status = security.authenticate(
                (HttpServletRequest) ext.getRequest(),
                (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(
                                username, new Password(password == null ? "" : password))));
        switch (status) {
            case SUCCESS -> {
                faces.responseComplete();
                ext.redirect(ext.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object throttled =
                        ext.getRequestMap().get(org.tryon.platform.security.TryonAuthenticationMechanism.THROTTLED);
                faces.addMessage(
                        null,
                        new FacesMessage(
                                FacesMessage.SEVERITY_ERROR,
                                throttled == null
                                        ? "Unknown user or wrong password"
                                        : "Too many failed sign-ins: try again in " + throttled + " seconds",
                                null));
            }
        }
    }

    /** Only a path inside the application, so the login page cannot be used to send users elsewhere. */
    private String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("login.xhtml")) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}

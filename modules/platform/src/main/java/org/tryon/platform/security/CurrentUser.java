package org.tryon.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;

/**
 * Who is acting: the signed-in user, or {@code system} for start-up work, scheduled jobs and event
 * delivery, where the container has no caller (and may refuse to be asked).
 */
@ApplicationScoped
public class CurrentUser {

    public static final String SYSTEM = "system";

    @Inject
    SecurityContext security;

    public String name() {
        return nameFrom(security);
    }

    public static String nameFrom(SecurityContext security) {
        try {
            Principal p = security.getCallerPrincipal();
            return p == null ? SYSTEM : p.getName();
        } catch (RuntimeException noCallerHere) {
            return SYSTEM;
        }
    }
}

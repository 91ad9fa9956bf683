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

    /**
     * Refuses (403) unless the signed-in user has one of {@code roles}. Work of the system itself
     * (start-up, scheduled jobs, event delivery) has no caller and is allowed: no request from
     * outside reaches a use case without signing in.
     */
    public void requireAnyRole(String refusal, String... roles) {
        if (SYSTEM.equals(name())) {
            return;
        }
        for (String role : roles) {
            if (security.isCallerInRole(role)) {
                return;
            }
        }
        throw new org.tryon.platform.errors.NotAllowedException(refusal);
    }
}

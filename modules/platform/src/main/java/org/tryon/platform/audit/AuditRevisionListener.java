package org.tryon.platform.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or {@code system} for scheduled work and start-up. */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(currentUser());
    }

    static String currentUser() {
        try {
            Principal p = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return p == null ? SYSTEM : p.getName();
        } catch (RuntimeException outsideContainerOrRequest) {
            return SYSTEM;
        }
    }
}

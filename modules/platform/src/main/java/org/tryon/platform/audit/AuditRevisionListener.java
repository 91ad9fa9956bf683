package org.tryon.platform.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import org.hibernate.envers.RevisionListener;
import org.tryon.platform.security.CurrentUser;

/** Stamps each revision with the signed-in user, or {@code system} for scheduled work and start-up. */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).setUsername(currentUser());
    }

    static String currentUser() {
        try {
            return CurrentUser.nameFrom(
                    CDI.current().select(SecurityContext.class).get());
        } catch (RuntimeException outsideTheContainer) {
            return CurrentUser.SYSTEM;
        }
    }
}

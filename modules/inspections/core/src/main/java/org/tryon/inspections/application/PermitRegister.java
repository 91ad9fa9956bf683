package org.tryon.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tryon.inspections.domain.InspectablePermit;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.permitting.api.PermitStatusChanged;

/** Keeps inspections' own list of issued permits and their states from permitting's durable events. */
@ApplicationScoped
public class PermitRegister {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @jakarta.inject.Inject
    org.tryon.platform.settings.Settings settings;

    void onPermitIssued(@Observes PermitIssued issued) {
        if (em.find(InspectablePermit.class, issued.permitId()) == null) {
            em.persist(new InspectablePermit(issued.permitId(), issued.permitNumber(), issued.trade(), issued.holder(),
                    issued.projectAddress(), issued.issuedOn()));
            if (issued.holder().kind() == org.tryon.permitting.api.PermitHolder.Kind.OWNER) {
                // 108.10.4.3: an owner acting as contractor has inspections included in the base fee
                em.persist(new org.tryon.inspections.domain.InspectionAllocation(issued.permitId(),
                        org.tryon.inspections.domain.InspectionAllocation.Basis.OWNER_AS_CONTRACTOR,
                        settings.valueOn(org.tryon.inspections.domain.InspectionSettings.OWNER_AS_CONTRACTOR_ALLOCATION, issued.issuedOn()),
                        "108.10.4.3"));
            }
        }
    }

    /** A permit cancelled, revoked, expired or void takes no more requests (108.8.1). Permits never issued are not kept. */
    void onPermitStatusChanged(@Observes PermitStatusChanged changed) {
        InspectablePermit permit = em.find(InspectablePermit.class, changed.permitId());
        if (permit != null) {
            permit.statusChanged(changed.to());
        }
    }
}

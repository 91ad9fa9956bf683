package org.tryon.inspections.register.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStatusRecord;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.permitting.api.PermitStatusChanged;

/** Keeps inspections' own list of issued permits and their states from permitting's durable events. */
@ApplicationScoped
public class PermitRegister {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @jakarta.inject.Inject
    org.tryon.platform.settings.Settings settings;

    @jakarta.inject.Inject
    java.time.Clock clock;

    void onPermitIssued(@Observes PermitIssued issued) {
        long permitId = issued.permitId().value();
        if (em.find(InspectablePermit.class, permitId) == null) {
            em.persist(new InspectablePermit(
                    permitId,
                    issued.permitNumber(),
                    issued.trade(),
                    issued.holder(),
                    issued.projectAddress(),
                    issued.issuedOn()));
            em.persist(new PermitStatusRecord(
                    permitId, org.tryon.permitting.api.PermitStatus.ISSUED, issued.issuedOn(), clock.instant()));
            if (issued.holder().kind() == org.tryon.platform.kernel.PermitHolder.Kind.OWNER) {
                // 108.10.4.3: an owner acting as contractor has inspections included in the base fee
                em.persist(new org.tryon.inspections.thirdparties.domain.InspectionAllocation(
                        permitId,
                        org.tryon.inspections.thirdparties.domain.InspectionAllocation.Basis.OWNER_AS_CONTRACTOR,
                        settings.valueOn(
                                org.tryon.inspections.module.domain.InspectionSettings.OWNER_AS_CONTRACTOR_ALLOCATION,
                                issued.issuedOn()),
                        "108.10.4.3"));
            }
        }
    }

    /**
     * A permit cancelled, revoked, expired or void takes no more requests (108.8.1). Permits never issued are not kept.
     * Every state is also kept with the day it took effect: late work is judged by the state on its own day.
     */
    void onPermitStatusChanged(@Observes PermitStatusChanged changed) {
        InspectablePermit permit =
                em.find(InspectablePermit.class, changed.permitId().value());
        if (permit != null) {
            permit.statusChanged(changed.to());
            em.persist(new PermitStatusRecord(changed.permitId().value(), changed.to(), changed.on(), clock.instant()));
        }
    }
}

package org.tryon.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tryon.inspections.domain.InspectablePermit;
import org.tryon.permitting.api.PermitIssued;

/** Keeps inspections' own list of issued permits from permitting's durable events (once per permit). */
@ApplicationScoped
public class PermitRegister {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    void onPermitIssued(@Observes PermitIssued issued) {
        if (em.find(InspectablePermit.class, issued.permitId()) == null) {
            em.persist(new InspectablePermit(issued.permitId(), issued.permitNumber(), issued.trade(), issued.contractorId(),
                    issued.contractorName(), issued.projectAddress(), issued.issuedOn()));
        }
    }
}

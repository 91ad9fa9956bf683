package org.tryon.permitting.parties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;

/** The registry of design professionals whose seal plans may bear (108.8 E). */
@ApplicationScoped
@Transactional
public class DesignProfessionals {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    org.tryon.platform.security.CurrentUser user;

    /** Registered by the permit office; the plan reviewer reads the register (ADR 0026). */
    public DesignProfessionalView register(RegisterDesignProfessional command) {
        user.requireAnyRole(
                "106: design professionals are registered by a permit technician, a trade code administrator or the Administrator",
                Permits.PERMIT_OFFICE.toArray(String[]::new));
        Inputs.valid(validator, command);
        String number = command.registrationNumber().trim().toUpperCase();
        boolean taken = !em.createQuery(
                        "select d.id from DesignProfessional d where d.profession = :p and d.registrationNumber = :n",
                        Long.class)
                .setParameter("p", command.profession())
                .setParameter("n", number)
                .getResultList()
                .isEmpty();
        if (taken) {
            throw new RuleViolationException(
                    "registrationNumber",
                    "unique",
                    "A " + command.profession().label().toLowerCase() + " with registration " + number
                            + " is already registered");
        }
        DesignProfessional d = new DesignProfessional(
                command.name(), command.profession(), number, command.firmName(), command.address(), clock.instant());
        em.persist(d);
        return DesignProfessionalView.of(d);
    }

    public List<DesignProfessionalView> list() {
        return em
                .createQuery("select d from DesignProfessional d order by d.name", DesignProfessional.class)
                .getResultList()
                .stream()
                .map(DesignProfessionalView::of)
                .toList();
    }

    public DesignProfessionalView get(long id) {
        return DesignProfessionalView.of(find(id));
    }

    public DesignProfessional find(long id) {
        DesignProfessional d = em.find(DesignProfessional.class, id);
        if (d == null) {
            throw new RecordNotFoundException("design professional", id);
        }
        return d;
    }
}

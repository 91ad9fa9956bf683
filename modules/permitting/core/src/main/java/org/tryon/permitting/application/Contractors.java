package org.tryon.permitting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import org.tryon.permitting.domain.ContractorFirm;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;

/** Use cases of contractor firms. */
@ApplicationScoped
@Transactional
public class Contractors {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    AuditHistory audit;

    public ContractorView register(RegisterContractor command) {
        Inputs.valid(validator, command);
        String license = command.licenseNumber().trim().toUpperCase();
        boolean taken = !em.createQuery("select c.id from ContractorFirm c where c.licenseNumber = :l and c.trade = :t", Long.class)
                .setParameter("l", license).setParameter("t", command.trade()).getResultList().isEmpty();
        if (taken) {
            throw new RuleViolationException("licenseNumber", "unique",
                    "A " + command.trade().label() + " contractor with license " + license + " is already registered");
        }
        ContractorFirm firm = new ContractorFirm(command.name(), license, command.trade(), clock.instant());
        em.persist(firm);
        return ContractorView.of(firm);
    }

    public List<ContractorView> list() {
        return em.createQuery("select c from ContractorFirm c order by c.name", ContractorFirm.class).getResultList().stream()
                .map(ContractorView::of).toList();
    }

    public ContractorView get(long id) {
        return ContractorView.of(find(id));
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(ContractorFirm.class, id);
    }

    ContractorFirm find(long id) {
        ContractorFirm firm = em.find(ContractorFirm.class, id);
        if (firm == null) {
            throw new RecordNotFoundException("contractor", id);
        }
        return firm;
    }
}

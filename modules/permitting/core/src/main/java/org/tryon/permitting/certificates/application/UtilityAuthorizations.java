package org.tryon.permitting.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.certificates.domain.UtilityAuthorization;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.security.CurrentUser;

/**
 * Use cases of utilities before an electrical or mechanical permit is finaled: temporary utilities
 * (108.11.1) and limited conditional utility (108.11.2). Granted and withdrawn by the
 * administrator or a trade code administrator (the department's act, 108.2); seen by all who see
 * permits.
 */
@ApplicationScoped
@Transactional
public class UtilityAuthorizations {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public List<UtilityAuthorizationView> forPermit(long permitId) {
        permit(permitId);
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery(
                        "select a from UtilityAuthorization a where a.permitId = :id order by a.id desc",
                        UtilityAuthorization.class)
                .setParameter("id", permitId)
                .getResultList()
                .stream()
                .map(a -> UtilityAuthorizationView.of(a, today))
                .toList();
    }

    /**
     * 108.11.1, 108.11.2: why the permit cannot have utilities authorized today (its trade, its
     * state), each reason with its section; empty when it can.
     */
    public List<Violation> permitRefusals(long permitId) {
        return UtilityAuthorization.permitRefusals(Certificates.onStructure(permit(permitId)), "108.11.1, 108.11.2");
    }

    /** 108.11.1, 108.11.2: grants the authorization from today, or refuses with every reason and its section (422). */
    public UtilityAuthorizationView grant(long permitId, GrantUtility command) {
        user.requireAnyRole(
                "108.11.1, 108.11.2: the Administrator or a trade code administrator authorizes utilities before the permit is finaled",
                Certificates.ISSUERS);
        Inputs.valid(validator, command);
        Permit permit = permit(permitId);
        LocalDate today = LocalDate.now(clock);
        UtilityAuthorization a = UtilityAuthorization.grant(
                Certificates.onStructure(permit),
                command.kind(),
                command.requestedBy(),
                command.conditions(),
                new Act(today, clock.instant(), user.name(), null),
                command.endsOn());
        em.persist(a);
        em.flush();
        return UtilityAuthorizationView.of(a, today);
    }

    public UtilityAuthorizationView withdraw(long permitId, long id, WithdrawUtility command) {
        user.requireAnyRole(
                "108.11.1, 108.11.2: the Administrator or a trade code administrator withdraws an authorization of utilities",
                Certificates.ISSUERS);
        Inputs.valid(validator, command);
        UtilityAuthorization a = em.find(UtilityAuthorization.class, id);
        if (a == null || a.getPermitId() != permitId) {
            throw new RecordNotFoundException("utility authorization", id);
        }
        LocalDate today = LocalDate.now(clock);
        a.withdraw(new Act(today, clock.instant(), user.name(), null), command.reason());
        return UtilityAuthorizationView.of(a, today);
    }

    private Permit permit(long permitId) {
        Permit permit = em.find(Permit.class, permitId);
        if (permit == null) {
            throw new RecordNotFoundException("permit", permitId);
        }
        return permit;
    }
}

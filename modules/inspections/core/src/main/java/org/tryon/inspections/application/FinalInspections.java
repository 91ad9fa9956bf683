package org.tryon.inspections.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tryon.inspections.api.FinalInspectionPassed;
import org.tryon.inspections.domain.FinalInspectionResult;
import org.tryon.inspections.domain.InspectablePermit;
import org.tryon.inspections.domain.InspectionType;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Records that a permit's final inspection passed (108.10) and tells permitting durably, which
 * finals the permit: the step before its certificate (108.11.4).
 *
 * <p>Deliberately small: the full model of inspection results (passed, failed, partial, defects,
 * re-inspections and their fees, seed 001) comes with the inspections issue, which will publish
 * the same {@link FinalInspectionPassed} when a final result passes.
 */
@ApplicationScoped
@Transactional
public class FinalInspections {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    /** 108.10: an inspector (or a trade code administrator, the administrator) records the passed final. */
    public FinalInspectionView recordPassed(RecordFinalInspection command) {
        user.requireAnyRole("108.10: only an inspector, a trade code administrator or the administrator records an inspection result",
                Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        InspectablePermit permit = em.find(InspectablePermit.class, command.permitId(), LockModeType.PESSIMISTIC_WRITE);
        if (permit == null) {
            throw new RuleViolationException("permitId", "108.10 A issued-permit",
                    "108.10 A: there is no issued permit with id " + command.permitId() + "; inspections are made only on issued permits");
        }
        InspectionType type = em.find(InspectionType.class, command.inspectionType());
        if (type == null) {
            throw new RuleViolationException("inspectionType", "exists", "There is no inspection type '" + command.inspectionType() + "'");
        }
        if (!em.createQuery("select r from FinalInspectionResult r where r.permitId = :id", FinalInspectionResult.class)
                .setParameter("id", permit.getPermitId()).getResultList().isEmpty()) {
            throw new RuleViolationException("permitId", "108.10 one-final",
                    "108.10: the final inspection of permit " + permit.getPermitNumber() + " has already passed");
        }
        LocalDate today = LocalDate.now(clock);
        FinalInspectionResult result = FinalInspectionResult.passed(permit, type,
                command.passedOn() == null ? today : command.passedOn(), today, user.name(), clock.instant());
        em.persist(result);
        em.flush();
        events.publishDurably(new FinalInspectionPassed(UUID.randomUUID(), clock.instant(), permit.getPermitId(), permit.getPermitNumber(),
                type.getCode(), result.getPassedOn(), result.getInspector()));
        return FinalInspectionView.of(result);
    }

    /** The finals that passed, newest first; of one permit when {@code permitId} is given. */
    public List<FinalInspectionView> list(Long permitId) {
        return em.createQuery("select r from FinalInspectionResult r where (:id is null or r.permitId = :id) order by r.id desc",
                        FinalInspectionResult.class)
                .setParameter("id", permitId).setMaxResults(500).getResultList().stream().map(FinalInspectionView::of).toList();
    }
}

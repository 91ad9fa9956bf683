package org.tryon.licensing.delegation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.delegation.application.DelegationViews.DelegationView;
import org.tryon.licensing.delegation.application.DelegationViews.EndDelegation;
import org.tryon.licensing.delegation.application.DelegationViews.RecordDelegation;
import org.tryon.licensing.delegation.domain.Delegation;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.security.StaffDirectory;

/**
 * 107.1.5 C: the records of what the BDC or the department delegated to which delegate (a user with the exam delegate
 * role): certificate types, from - to, with the decision's reference. Recorded and ended by an exam administrator or
 * the administrator; {@code ExamDelegation} lets a delegate run only sessions of a type delegated to them on the
 * session's day.
 */
@ApplicationScoped
@Transactional
public class Delegations {

    private static final String[] OFFICE = {Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR};

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    StaffDirectory staff;

    public List<DelegationView> list(String delegate) {
        LocalDate today = LocalDate.now(clock);
        boolean one = delegate != null && !delegate.isBlank();
        var q = em.createQuery(
                "select d from Delegation d" + (one ? " where d.delegate = :delegate" : "")
                        + " order by d.validFrom desc, d.id desc",
                Delegation.class);
        if (one) {
            q.setParameter("delegate", delegate.trim());
        }
        return q.getResultList().stream().map(d -> view(d, today)).toList();
    }

    public DelegationView get(long id) {
        return view(find(id), LocalDate.now(clock));
    }

    public DelegationView record(RecordDelegation command) {
        user.requireAnyRole(
                "107.1.5 C: delegations are recorded by an exam administrator or the administrator", OFFICE);
        Inputs.valid(validator, command);
        if (em.find(CertificateType.class, command.certificateType().trim()) == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + command.certificateType() + "'");
        }
        if (staff != null
                && staff.find(command.delegate().trim())
                        .map(s -> !s.roles().contains(Roles.EXAM_DELEGATE))
                        .orElse(true)) {
            throw new RuleViolationException(
                    "delegate",
                    "107.1.5 C",
                    "107.1.5 C: " + command.delegate().trim()
                            + " is not a user with the exam delegate role (a qualified industry representative)");
        }
        Delegation.DecidedBy by;
        try {
            by = Delegation.DecidedBy.valueOf(command.decidedBy().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "decidedBy", "107.1.5 C", "107.1.5 C: the BDC or the DEPARTMENT delegates");
        }
        LocalDate until = command.validUntil() == null || command.validUntil().isBlank()
                ? null
                : Inputs.day("validUntil", command.validUntil());
        Delegation d = new Delegation(
                command.delegate(),
                command.certificateType().trim(),
                Inputs.day("validFrom", command.validFrom()),
                until,
                by,
                command.reference(),
                command.reason(),
                user.name(),
                clock.instant());
        em.persist(d);
        em.flush();
        return view(d, LocalDate.now(clock));
    }

    public DelegationView end(long id, EndDelegation command) {
        user.requireAnyRole("107.1.5 C: delegations are ended by an exam administrator or the administrator", OFFICE);
        Inputs.valid(validator, command);
        Delegation d = find(id);
        d.end(Inputs.day("lastDay", command.lastDay()), user.name(), command.reason());
        return view(d, LocalDate.now(clock));
    }

    /** Whether {@code delegate} may administer {@code type} on {@code day} (a delegation in force covers it). */
    public boolean covers(String delegate, String type, LocalDate day) {
        return em
                .createQuery(
                        "select d from Delegation d where d.delegate = :delegate and d.certificateType = :type",
                        Delegation.class)
                .setParameter("delegate", delegate)
                .setParameter("type", type)
                .getResultList()
                .stream()
                .anyMatch(d -> d.covers(type, day));
    }

    private Delegation find(long id) {
        Delegation d = em.find(Delegation.class, id);
        if (d == null) {
            throw new RecordNotFoundException("delegation", id);
        }
        return d;
    }

    private static DelegationView view(Delegation d, LocalDate today) {
        return new DelegationView(
                d.getId(),
                d.getDelegate(),
                d.getCertificateType(),
                d.getValidFrom(),
                d.getValidUntil(),
                d.getDecidedBy().name(),
                d.getReference(),
                d.getReason(),
                d.getRecordedBy(),
                d.getRecordedAt(),
                d.getEndedBy(),
                d.getEndedReason(),
                d.covers(d.getCertificateType(), today));
    }
}

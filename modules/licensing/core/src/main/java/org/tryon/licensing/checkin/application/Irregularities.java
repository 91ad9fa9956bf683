package org.tryon.licensing.checkin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.checkin.application.CheckInCommands.DecideReferral;
import org.tryon.licensing.checkin.application.CheckInCommands.RecordIrregularity;
import org.tryon.licensing.checkin.application.CheckInViews.IrregularityView;
import org.tryon.licensing.checkin.application.CheckInViews.ReferralView;
import org.tryon.licensing.checkin.domain.Irregularity;
import org.tryon.licensing.checkin.domain.IrregularityKind;
import org.tryon.licensing.checkin.domain.Referral;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Irregularities the proctor records during a sitting, append-only (107.1.5 C.2). Notes written into a reference book
 * count as cheating (domain facts "Licensing examinations"): the result is invalidated (scoring observes
 * {@link IrregularityRecorded}) and the matter is referred to the licensing subcommittee (107.1.5 C), whose decision is
 * recorded later.
 */
@ApplicationScoped
@Transactional
public class Irregularities {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    ExamDelegation delegation;

    @Inject
    CurrentUser user;

    @Inject
    Event<IrregularityRecorded> recorded;

    public IrregularityView record(RecordIrregularity command) {
        if (command == null) {
            throw new RuleViolationException(
                    "body", "required", "Send the registration, the kind, the time and the description");
        }
        Inputs.valid(validator, command);
        Sittings.Registration r = sittings().registration(command.registrationId());
        delegation.requireSession(r.sessionId());
        if (!List.of("CHECKED_IN", "COMPLETED").contains(r.status())) {
            throw new RuleViolationException(
                    "registrationId",
                    "irregularity.at-sitting",
                    "An irregularity is recorded for a candidate who sat the exam (checked in or completed); registration "
                            + r.id() + " is " + r.status());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime occurred = command.occurredAt() == null ? now : command.occurredAt();
        if (r.checkedInAt() != null
                && occurred.isBefore(r.checkedInAt().withSecond(0).withNano(0))) {
            throw new RuleViolationException(
                    "occurredAt",
                    "irregularity.at-sitting",
                    "An irregularity at the sitting happens after check-in ("
                            + UsFormat.dateTime(r.checkedInAt().withNano(0)) + "), not at "
                            + UsFormat.dateTime(occurred));
        }
        Irregularity irregularity = new Irregularity(
                r.id(), kind(command.kind()), occurred, now, command.description(), user.name(), clock.instant());
        em.persist(irregularity);
        em.flush();
        Referral referral = null;
        if (irregularity.isInvalidates()) {
            referral = new Referral(irregularity.getId(), LocalDate.now(clock));
            em.persist(referral);
            em.flush();
        }
        recorded.fire(new IrregularityRecorded(
                irregularity.getId(), r.id(), irregularity.isInvalidates(), irregularity.getDescription()));
        return view(irregularity, r, referral);
    }

    /** The subcommittee's decision on a referral, recorded once (107.1.5 C.2). */
    public IrregularityView decide(long irregularityId, DecideReferral command) {
        if (command == null) {
            throw new RuleViolationException("body", "required", "Send the decision's day, reference and outcome");
        }
        if (delegation.delegateOnly().isPresent()) {
            throw new NotAllowedException(
                    "107.1.5 C: the licensing subcommittee's decision is recorded by an exam administrator, not a delegate");
        }
        Inputs.valid(validator, command);
        Irregularity irregularity = find(irregularityId);
        Referral referral = referralOf(irregularityId);
        if (referral == null) {
            throw new RuleViolationException(
                    "irregularityId",
                    "irregularity.referred",
                    "Irregularity " + irregularityId + " ("
                            + irregularity.getKind().label() + ") did not invalidate a result and was not referred");
        }
        referral.decide(
                Inputs.day("decidedOn", command.decidedOn()),
                command.reference(),
                command.outcome(),
                LocalDate.now(clock),
                user.name(),
                clock.instant());
        em.flush();
        return view(irregularity, sittings().registration(irregularity.getRegistrationId()), referral);
    }

    public IrregularityView irregularity(long id) {
        Irregularity irregularity = find(id);
        Sittings.Registration r = sittings().registration(irregularity.getRegistrationId());
        delegation.requireSession(r.sessionId());
        return view(irregularity, r, referralOf(id));
    }

    /** Irregularities, the latest first; of one session when given; only those referred and undecided when {@code openReferrals}. */
    public List<IrregularityView> list(Long sessionId, boolean openReferrals) {
        if (sessionId != null) {
            delegation.requireSession(sessionId);
        } else if (delegation.delegateOnly().isPresent()) {
            throw new NotAllowedException(
                    "107.1.5 C: a delegate lists the irregularities of a session delegated to them");
        }
        Sittings sittings = sittings();
        return em
                .createQuery("select i from Irregularity i order by i.occurredAt desc, i.id desc", Irregularity.class)
                .setMaxResults(1000)
                .getResultList()
                .stream()
                .map(i -> view(i, sittings.registration(i.getRegistrationId()), referralOf(i.getId())))
                .filter(v -> sessionId == null || v.sessionId() == sessionId)
                .filter(v ->
                        !openReferrals || v.referral() != null && v.referral().decidedOn() == null)
                .toList();
    }

    private Referral referralOf(long irregularityId) {
        return em.createQuery("select r from Referral r where r.irregularityId = :i", Referral.class)
                .setParameter("i", irregularityId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Irregularity find(long id) {
        Irregularity i = em.find(Irregularity.class, id);
        if (i == null) {
            throw new RecordNotFoundException("irregularity", id);
        }
        return i;
    }

    private static IrregularityKind kind(String text) {
        try {
            return IrregularityKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "kind",
                    "irregularity.kind",
                    "The kind is CHEATING, NOTES_IN_REFERENCE_BOOK, DISTURBANCE, TECHNICAL_PROBLEM, LEFT_ROOM or OTHER, not '"
                            + text + "'");
        }
    }

    Sittings sittings() {
        return new Sittings(em);
    }

    private static IrregularityView view(Irregularity i, Sittings.Registration r, Referral ref) {
        return new IrregularityView(
                i.getId(),
                r.id(),
                r.sessionId(),
                r.candidateName(),
                i.getKind().name(),
                i.getKind().label(),
                i.getOccurredAt(),
                i.getDescription(),
                i.isInvalidates(),
                i.getRecordedBy(),
                i.getRecordedAt(),
                ref == null
                        ? null
                        : new ReferralView(
                                ref.getId(),
                                ref.getReferredOn(),
                                ref.getDecidedOn(),
                                ref.getDecisionReference(),
                                ref.getOutcome(),
                                ref.getDecidedBy()));
    }
}

package org.tryon.licensing.checkin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.checkin.application.CheckInCommands.RequestAccommodation;
import org.tryon.licensing.checkin.application.CheckInViews.AccommodationView;
import org.tryon.licensing.checkin.application.CheckInViews.Document;
import org.tryon.licensing.checkin.domain.Accommodation;
import org.tryon.licensing.checkin.domain.AccommodationKind;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.text.UsFormat;

/**
 * Accommodations (domain facts "Licensing examinations": extra time, reader, separate room, "requested with documentation
 * and approved before the session"): requested for a registration, approved or refused by an exam administrator
 * before the session starts. An approved extra time sets the registration's extra minutes, which the kiosk adds to the
 * exam's time.
 */
@ApplicationScoped
@Transactional
public class Accommodations {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    java.time.Clock clock;

    @Inject
    Validator validator;

    @Inject
    ExamDelegation delegation;

    @Inject
    CurrentUser user;

    public AccommodationView request(RequestAccommodation command) {
        if (command == null) {
            throw new RuleViolationException(
                    "body", "required", "Send the registration, the kind, the description and the documentation");
        }
        Inputs.valid(validator, command);
        byte[] document = decode(command.documentBase64());
        return request(
                command.registrationId(),
                kind(command.kind()),
                command.extraMinutes(),
                command.description(),
                command.documentReference(),
                command.documentName(),
                document);
    }

    /** A request with an uploaded file (the screen's upload). */
    public AccommodationView request(
            long registrationId,
            AccommodationKind kind,
            Integer extraMinutes,
            String description,
            String documentReference,
            String documentName,
            byte[] document) {
        requireAdministrator("request");
        Sittings.Registration r = sittings().registration(registrationId);
        if (!List.of("AWAITING_PAYMENT", "CONFIRMED").contains(r.status())) {
            throw new RuleViolationException(
                    "registrationId",
                    "accommodation.open-registration",
                    "An accommodation is requested for a registration awaiting payment or confirmed; registration "
                            + r.id() + " is " + r.status());
        }
        if (!LocalDateTime.now(clock).isBefore(r.sessionStart())) {
            throw new RuleViolationException(
                    "registrationId",
                    "accommodation.before-session",
                    "Domain facts: accommodations are approved before the session; the session started at "
                            + UsFormat.dateTime(r.sessionStart()));
        }
        Accommodation a = new Accommodation(
                registrationId,
                kind,
                extraMinutes,
                description,
                documentReference,
                documentName,
                document,
                user.name(),
                clock.instant());
        em.persist(a);
        em.flush();
        return view(a, r);
    }

    /** Approves a request before the session starts; an approved extra time sets the registration's extra minutes. */
    public AccommodationView approve(long id, String reason) {
        requireAdministrator("approve");
        Accommodation a = find(id);
        Sittings sittings = sittings();
        Sittings.Registration r = sittings.registration(a.getRegistrationId());
        a.approve(user.name(), clock.instant(), LocalDateTime.now(clock), r.sessionStart(), reason);
        em.flush();
        if (a.getKind() == AccommodationKind.EXTRA_TIME) {
            Number total = (Number) em.createQuery(
                            "select coalesce(sum(a.extraMinutes), 0) from Accommodation a where a.registrationId = :r "
                                    + "and a.kind = :k and a.status = :s")
                    .setParameter("r", r.id())
                    .setParameter("k", AccommodationKind.EXTRA_TIME)
                    .setParameter("s", Accommodation.Status.APPROVED)
                    .getSingleResult();
            sittings.setExtraMinutes(r.id(), total.intValue());
        }
        return view(a, r);
    }

    /** Refuses a request, with the reason, before the session starts. */
    public AccommodationView refuse(long id, String reason) {
        requireAdministrator("refuse");
        Accommodation a = find(id);
        Sittings.Registration r = sittings().registration(a.getRegistrationId());
        a.refuse(user.name(), clock.instant(), LocalDateTime.now(clock), r.sessionStart(), reason);
        em.flush();
        return view(a, r);
    }

    public AccommodationView accommodation(long id) {
        Accommodation a = find(id);
        return view(a, sittings().registration(a.getRegistrationId()));
    }

    /** Requests with the given status (REQUESTED: the queue), the earliest session first. */
    public List<AccommodationView> withStatus(String status) {
        Accommodation.Status s;
        try {
            s = Accommodation.Status.valueOf(
                    status == null || status.isBlank()
                            ? "REQUESTED"
                            : status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "status", "accommodation.status", "The status is REQUESTED, APPROVED or REFUSED");
        }
        Sittings sittings = sittings();
        return em
                .createQuery(
                        "select a from Accommodation a where a.status = :s order by a.id desc", Accommodation.class)
                .setParameter("s", s)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(a -> view(a, sittings.registration(a.getRegistrationId())))
                .sorted(java.util.Comparator.comparing(AccommodationView::sessionDate)
                        .thenComparing(AccommodationView::startsAt)
                        .thenComparing(AccommodationView::candidateName))
                .toList();
    }

    public List<AccommodationView> ofRegistration(long registrationId) {
        Sittings.Registration r = sittings().registration(registrationId);
        return em
                .createQuery(
                        "select a from Accommodation a where a.registrationId = :r order by a.id", Accommodation.class)
                .setParameter("r", registrationId)
                .getResultList()
                .stream()
                .map(a -> view(a, r))
                .toList();
    }

    /** The uploaded document of a request. */
    public Document document(long id) {
        Accommodation a = find(id);
        if (a.getDocumentType() == null) {
            throw new RecordNotFoundException("document of accommodation", id);
        }
        return new Document(a.getDocumentName(), a.getDocumentType(), a.getDocument());
    }

    private void requireAdministrator(String what) {
        if (delegation.delegateOnly().isPresent()) {
            throw new NotAllowedException(
                    "An exam administrator records and decides accommodations (" + what + "), not a delegate");
        }
    }

    private Accommodation find(long id) {
        Accommodation a = em.find(Accommodation.class, id);
        if (a == null) {
            throw new RecordNotFoundException("accommodation", id);
        }
        return a;
    }

    private static AccommodationKind kind(String text) {
        try {
            return AccommodationKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "kind",
                    "accommodation.kind",
                    "The kind is EXTRA_TIME, READER, SEPARATE_ROOM or OTHER, not '" + text + "'");
        }
    }

    private static byte[] decode(String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        if (base64.length() > (Accommodation.MAX_DOCUMENT_BYTES / 3 + 1) * 4 + 16) {
            throw new RuleViolationException(
                    "documentBase64",
                    "accommodation.document-size",
                    "A document is at most " + Accommodation.MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB");
        }
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("documentBase64", "base64", "The document is not valid base64");
        }
    }

    Sittings sittings() {
        return new Sittings(em);
    }

    private static AccommodationView view(Accommodation a, Sittings.Registration r) {
        return new AccommodationView(
                a.getId(),
                r.id(),
                r.sessionId(),
                r.candidateName(),
                r.sessionDate(),
                r.startsAt(),
                a.getKind().name(),
                a.getKind().label(),
                a.getExtraMinutes(),
                a.getDescription(),
                a.getDocumentReference(),
                a.getDocumentName(),
                a.getDocumentType(),
                a.getStatus().name(),
                a.getRequestedBy(),
                a.getRequestedAt(),
                a.getDecidedBy(),
                a.getDecidedAt(),
                a.getDecisionReason());
    }
}

package org.tryon.licensing.checkin.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tryon.licensing.checkin.application.CheckInCommands.CheckIn;
import org.tryon.licensing.checkin.application.CheckInCommands.RecordNameChange;
import org.tryon.licensing.checkin.application.CheckInViews.AccommodationLine;
import org.tryon.licensing.checkin.application.CheckInViews.CheckInView;
import org.tryon.licensing.checkin.application.CheckInViews.NameChangeView;
import org.tryon.licensing.checkin.application.CheckInViews.RosterLine;
import org.tryon.licensing.checkin.application.CheckInViews.RosterView;
import org.tryon.licensing.checkin.application.CheckInViews.SessionView;
import org.tryon.licensing.checkin.domain.AccessCodes;
import org.tryon.licensing.checkin.domain.Accommodation;
import org.tryon.licensing.checkin.domain.CheckInRecord;
import org.tryon.licensing.checkin.domain.CheckInRules;
import org.tryon.licensing.checkin.domain.CheckInSettings;
import org.tryon.licensing.checkin.domain.IdentityDocumentKind;
import org.tryon.licensing.checkin.domain.NameChange;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * The proctor's roster and check-in (107.1.5 C; domain facts "Licensing examinations"). The proctor is an exam
 * administrator or the delegate of the session ({@link ExamDelegation#requireSession}).
 */
@ApplicationScoped
@Transactional
public class CheckIns {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Validator validator;

    @Inject
    Settings settings;

    @Inject
    ExamDelegation delegation;

    @Inject
    CurrentUser user;

    @Inject
    Letterhead letterhead;

    /** The sessions the caller proctors (a delegate: those delegated to them), from 30 days ago on. */
    public List<SessionView> sessions() {
        return sittings().sessions(LocalDate.now(clock).minusDays(30), delegation.delegateOnly());
    }

    public RosterView roster(long sessionId) {
        delegation.requireSession(sessionId);
        Sittings sittings = sittings();
        SessionView session = sittings.session(sessionId);
        int late = lateArrivalMinutes(session.sessionDate());
        List<RosterLine> lines = new ArrayList<>();
        for (Sittings.Registration r : sittings.registrationsOf(sessionId)) {
            Optional<CheckInRecord> checkIn = record(r.id());
            List<AccommodationLine> accommodations = em
                    .createQuery(
                            "select a from Accommodation a where a.registrationId = :r and a.status <> :refused order by a.id",
                            Accommodation.class)
                    .setParameter("r", r.id())
                    .setParameter("refused", Accommodation.Status.REFUSED)
                    .getResultList()
                    .stream()
                    .map(a -> new AccommodationLine(
                            a.getId(),
                            a.getKind().name(),
                            a.getKind().label(),
                            a.getExtraMinutes(),
                            a.getStatus().name()))
                    .toList();
            lines.add(new RosterLine(
                    r.id(),
                    r.candidateId(),
                    r.candidateName(),
                    r.status(),
                    r.extraMinutes(),
                    accommodations,
                    r.accessCode(),
                    r.checkedInAt(),
                    sittings.formCode(r.formId()).orElse(null),
                    checkIn.map(c -> c.getIdKind().label()).orElse(null),
                    checkIn.map(CheckInRecord::getIdLastDigits).orElse(null),
                    checkIn.map(CheckInRecord::getMinutesLate).orElse(null)));
        }
        LocalDateTime start = session.sessionDate().atTime(session.startsAt());
        return new RosterView(session, late, start.plusMinutes(late), lines);
    }

    /**
     * Checks a candidate in: a confirmed registration, a government photo ID whose name matches the registered name
     * (or an approved name change), arriving on time or within the late-arrival limit. The registration becomes
     * CHECKED_IN with a locked form of its type (another than the candidate took before where the bank has one) and a
     * fresh access code for the kiosk.
     */
    public CheckInView checkIn(long registrationId, CheckIn command) {
        if (command == null) {
            throw new RuleViolationException(
                    "body", "required", "Send the identity document's kind, last digits and name");
        }
        Inputs.valid(validator, command);
        Sittings sittings = sittings();
        Sittings.Registration r = sittings.registration(registrationId);
        delegation.requireSession(r.sessionId());
        CheckInRules.requireConfirmed(registrationId, r.status());
        IdentityDocumentKind kind = idKind(command.idKind());
        String digits = CheckInRules.lastDigits(command.idLastDigits());
        Long nameChange = null;
        if (!CheckInRules.sameName(r.candidateName(), command.nameOnDocument())) {
            nameChange = approvedNameChange(r.candidateId(), command.nameOnDocument())
                    .map(NameChange::getId)
                    .orElse(null);
        }
        CheckInRules.requireNameMatch(r.candidateName(), command.nameOnDocument(), nameChange != null);
        LocalDateTime now = LocalDateTime.now(clock);
        int minutesLate = CheckInRules.admit(r.sessionStart(), now, lateArrivalMinutes(r.sessionDate()));
        Map<Long, String> forms = sittings.lockedForms(r.certificateType());
        long form = CheckInRules.chooseForm(
                r.certificateType(),
                new ArrayList<>(forms.keySet()),
                sittings.formsTaken(r.candidateId(), registrationId));
        CheckInRules.requireItems(r.certificateType(), forms.get(form), sittings.itemCount(form));
        String code = newAccessCode(sittings);
        CheckInRecord record = new CheckInRecord(
                registrationId,
                kind,
                digits,
                command.nameOnDocument(),
                nameChange,
                now,
                minutesLate,
                form,
                user.name());
        em.persist(record);
        sittings.markCheckedIn(registrationId, form, code, now);
        em.flush();
        return view(sittings.registration(registrationId), record, forms.get(form));
    }

    /** The check-in of a registration, with its access code. */
    public CheckInView checkInOf(long registrationId) {
        Sittings sittings = sittings();
        Sittings.Registration r = sittings.registration(registrationId);
        delegation.requireSession(r.sessionId());
        CheckInRecord record = record(registrationId)
                .orElseThrow(() -> new RecordNotFoundException("check-in of registration", registrationId));
        return view(r, record, sittings.formCode(record.getFormId()).orElse(null));
    }

    /** An exam administrator records an approved name change; check-in then accepts a document in that name. */
    public NameChangeView recordNameChange(RecordNameChange command) {
        if (command == null) {
            throw new RuleViolationException(
                    "body", "required", "Send the candidate, the name on the document and the evidence");
        }
        if (delegation.delegateOnly().isPresent()) {
            throw new NotAllowedException("An exam administrator approves a name change, not a delegate (107.1.5 C)");
        }
        Inputs.valid(validator, command);
        if (((Number) em.createNativeQuery("select count(*) from lic_candidate where id = ?1")
                                .setParameter(1, command.candidateId())
                                .getSingleResult())
                        .longValue()
                == 0) {
            throw new RecordNotFoundException("candidate", command.candidateId());
        }
        NameChange change = new NameChange(
                command.candidateId(), command.nameOnDocument(), command.evidence(), user.name(), clock.instant());
        em.persist(change);
        em.flush();
        return view(change);
    }

    public NameChangeView nameChange(long id) {
        NameChange n = em.find(NameChange.class, id);
        if (n == null) {
            throw new RecordNotFoundException("name change", id);
        }
        return view(n);
    }

    public List<NameChangeView> nameChanges(long candidateId) {
        return em
                .createQuery("select n from NameChange n where n.candidateId = :c order by n.id", NameChange.class)
                .setParameter("c", candidateId)
                .getResultList()
                .stream()
                .map(CheckIns::view)
                .toList();
    }

    /**
     * The sign-in sheet of a session as PDF: names in order (cancelled and rescheduled seats left out), ID check columns,
     * accommodations and signature lines.
     */
    public byte[] rosterPdf(long sessionId) {
        RosterView roster = roster(sessionId);
        SessionView s = roster.session();
        PdfDocumentBuilder pdf = letterhead
                .document("Examination sign-in sheet")
                .reference("Session " + s.id())
                .dated(s.sessionDate())
                .fact("Examination", s.certificateName())
                .fact("Day and start", UsFormat.date(s.sessionDate()) + " at " + UsFormat.time(s.startsAt()))
                .fact("Site and room", s.site() + ", " + s.room())
                .fact("Seats", s.seats() + " (" + s.registered() + " registered)")
                .fact(
                        "Proctor",
                        s.proctor() + (s.delegate() == null ? "" : " (delegate " + s.delegate() + ", 107.1.5 C)"))
                .fact(
                        "Late arrival",
                        "admitted until " + UsFormat.time(roster.admittedUntil().toLocalTime()) + " ("
                                + roster.lateArrivalMinutes() + " minutes after the start), refused after")
                .section(
                        "Identity",
                        "A government photo ID matching the registered name exactly: driver licence, state ID, passport "
                                + "or military ID. Record the last digits of its number only, never the full number.");
        int n = 1;
        StringBuilder lines = new StringBuilder();
        // a cancelled or moved seat is not signed for
        List<RosterLine> seated = roster.lines().stream()
                .filter(l -> !"CANCELLED".equals(l.status()) && !"RESCHEDULED".equals(l.status()))
                .toList();
        for (RosterLine l : seated) {
            if (!lines.isEmpty()) {
                lines.append("\n\n");
            }
            lines.append(n++)
                    .append(". ")
                    .append(l.candidateName())
                    .append("   [registration ")
                    .append(l.registrationId())
                    .append(", ")
                    .append(l.status())
                    .append("]");
            lines.append("\nID kind: ")
                    .append(l.idKind() == null ? "________________" : l.idKind())
                    .append("    Last digits: ")
                    .append(l.idLastDigits() == null ? "______" : l.idLastDigits())
                    .append("    Name matches: ")
                    .append(l.idKind() == null ? "yes / no" : "yes")
                    .append("    Arrived: ")
                    .append(
                            l.checkedInAt() == null
                                    ? "________"
                                    : l.checkedInAt().toLocalTime().withNano(0).toString());
            lines.append("\nAccommodations: ").append(l.accommodations().isEmpty() ? "none" : l.accommodationText());
            lines.append("\nCandidate's signature: ______________________________    Proctor's initials: ________");
        }
        pdf.section("Candidates (" + seated.size() + ")", lines.isEmpty() ? "No registrations." : lines.toString());
        pdf.signature(s.proctor(), "Proctor");
        return pdf.render();
    }

    /** The late-arrival limit in force on the session's day (setting licensing.late-arrival-minutes). */
    int lateArrivalMinutes(LocalDate day) {
        return settings.valueOn(CheckInSettings.LATE_ARRIVAL_MINUTES, day);
    }

    Sittings sittings() {
        return new Sittings(em);
    }

    private Optional<CheckInRecord> record(long registrationId) {
        return em.createQuery("select c from CheckInRecord c where c.registrationId = :r", CheckInRecord.class)
                .setParameter("r", registrationId)
                .getResultStream()
                .findFirst();
    }

    private Optional<NameChange> approvedNameChange(long candidateId, String nameOnDocument) {
        return em
                .createQuery("select n from NameChange n where n.candidateId = :c order by n.id desc", NameChange.class)
                .setParameter("c", candidateId)
                .getResultList()
                .stream()
                .filter(n -> CheckInRules.sameName(n.getNameOnDocument(), nameOnDocument))
                .findFirst();
    }

    private static IdentityDocumentKind idKind(String text) {
        try {
            return IdentityDocumentKind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "idKind",
                    "check-in.government-photo-id",
                    "Licensing examinations: a government photo ID: DRIVER_LICENCE, STATE_ID, PASSPORT or MILITARY_ID, not '"
                            + text + "'");
        }
    }

    private static String newAccessCode(Sittings sittings) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = AccessCodes.next();
            if (!sittings.accessCodeInUse(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No unused access code found in 20 draws");
    }

    private static CheckInView view(Sittings.Registration r, CheckInRecord c, String formCode) {
        return new CheckInView(
                r.id(),
                r.sessionId(),
                r.candidateName(),
                r.status(),
                r.checkedInAt(),
                c.getFormId(),
                formCode,
                r.accessCode(),
                c.getIdKind().name(),
                c.getIdLastDigits(),
                c.getNameOnDocument(),
                c.getNameChangeId(),
                c.getMinutesLate(),
                c.getCheckedInBy());
    }

    private static NameChangeView view(NameChange n) {
        return new NameChangeView(
                n.getId(),
                n.getCandidateId(),
                n.getNameOnDocument(),
                n.getEvidence(),
                n.getRecordedBy(),
                n.getRecordedAt());
    }
}

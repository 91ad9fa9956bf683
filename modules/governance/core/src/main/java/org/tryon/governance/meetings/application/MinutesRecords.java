package org.tryon.governance.meetings.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Minutes;
import org.tryon.governance.meetings.domain.MinutesAmendment;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.officers.application.ClosedSessions;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;

/**
 * Minutes (107.1.4 E; G.S. 143-318.10(e)): generated from the record (attendance with times, items,
 * conflicts, motions with each member's vote, resolutions) as a draft; approved by a motion carried
 * at a later meeting of the same body, then frozen; a correction is an approved amendment, never an
 * edit. The day of approval is the day they are available, stamped (a suit to void an action runs 45
 * days from it, G.S. 143-318.16A).
 */
@ApplicationScoped
@Transactional
public class MinutesRecords {

    /** Days and times in the minutes as people read them in the county (issue 17): 01/12/2027 at 3:00 PM. */
    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy", java.util.Locale.US);

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("h:mm a", java.util.Locale.US);

    /** Approve a meeting's minutes, or an amendment, by a motion carried at a later meeting. */
    public record Approve(@NotNull Long motionId) {}

    public record Amend(
            @NotBlank @Size(max = 2000) String text,
            @NotNull Long motionId) {}

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    CurrentUser user;

    @Inject
    Meetings meetings;

    @Inject
    Agendas agendas;

    @Inject
    Letterhead letterhead;

    /** Closed sessions: the motion and, once released, the general account (G.S. 143-318.10(e)). */
    @Inject
    ClosedSessions closedSessions;

    @Inject
    Recesses recesses;

    @Inject
    PublicAppearances appearances;

    /** The minutes of a meeting: the approved text, or the draft generated from the record now. A read: nothing is written. */
    public MinutesView minutes(long meetingId) {
        Meeting m = meeting(meetingId, false);
        Minutes approved = approved(m);
        if (approved == null) {
            return new MinutesView(meetingId, "DRAFT", draft(meetingId), null, null, null, null, List.of());
        }
        int days = settings.valueOn(GovernanceSettings.MINUTES_CHALLENGE_DAYS, approved.getAvailableOn());
        List<MinutesView.Amendment> amendments = em
                .createQuery(
                        "select a from MinutesAmendment a where a.minutes = :m order by a.approvedAt, a.id",
                        MinutesAmendment.class)
                .setParameter("m", approved)
                .getResultList()
                .stream()
                .map(a -> new MinutesView.Amendment(
                        a.getId(), a.getText(), a.getApprovedBy().getId(), a.getApprovedAt()))
                .toList();
        return new MinutesView(
                meetingId,
                "APPROVED",
                approved.getText() + closedSessions.releasedAfter(meetingId, approved.getApprovedAt()),
                approved.getApprovedBy().getId(),
                approved.getApprovedAt(),
                approved.getAvailableOn(),
                approved.getAvailableOn().plusDays(days),
                amendments);
    }

    /**
     * Approves the minutes of an adjourned meeting by a motion carried at a later meeting of the same
     * body: the draft as it stands is frozen and the day is stamped.
     */
    public MinutesView approve(long meetingId, Approve command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId, true);
        if (m.getStatus() != Meeting.Status.ADJOURNED) {
            throw new RuleViolationException(
                    "meetingId",
                    "minutes.meeting-held",
                    "Minutes are approved for a meeting that was held and adjourned");
        }
        if (approved(m) != null) {
            throw new RuleViolationException(
                    "meetingId",
                    "minutes.approved-once",
                    "The minutes were approved already; correct them by an amendment");
        }
        Motion motion = approvingMotion(m, command.motionId());
        String text = draft(meetingId);
        em.persist(new Minutes(m, text, motion, LocalDateTime.now(clock), LocalDate.now(clock), user.name()));
        em.flush();
        return minutes(meetingId);
    }

    /** Records an approved amendment of approved minutes; the minutes' text stays as approved. */
    public MinutesView amend(long meetingId, Amend command) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId, true);
        Minutes approved = approved(m);
        if (approved == null) {
            throw new RuleViolationException(
                    "meetingId",
                    "minutes.approved-first",
                    "Draft minutes are corrected before they are approved, not amended");
        }
        Motion motion = approvingMotion(m, command.motionId());
        em.persist(new MinutesAmendment(approved, command.text(), motion, LocalDateTime.now(clock), user.name()));
        em.flush();
        return minutes(meetingId);
    }

    private Motion approvingMotion(Meeting m, long motionId) {
        Motion motion = em.find(Motion.class, motionId);
        if (motion == null) {
            throw new RuleViolationException("motionId", "exists", "No motion " + motionId);
        }
        if (!motion.getMeeting()
                        .getCommission()
                        .getId()
                        .equals(m.getCommission().getId())
                || !motion.getMeeting().getStartsAt().isAfter(m.getStartsAt())) {
            throw new RuleViolationException(
                    "motionId", "minutes.later-meeting", "Minutes are approved by the same body at a later meeting");
        }
        if (motion.getStatus() != Motion.Status.CARRIED) {
            throw new RuleViolationException(
                    "motionId",
                    "minutes.motion-carried",
                    "The motion to approve was not carried ("
                            + motion.getStatus().name().toLowerCase() + ")");
        }
        return motion;
    }

    /** The minutes as a PDF on the department's letterhead: approved or draft (marked so). A read. */
    public byte[] pdf(long meetingId) {
        MinutesView v = minutes(meetingId);
        MeetingView meeting = meetings.get(meetingId);
        var doc = letterhead
                .document("Minutes of the " + meeting.commission() + " meeting of "
                        + meeting.startsAt().format(DAY))
                .reference("MIN-" + meetingId)
                .dated(meeting.startsAt().toLocalDate())
                .fact(
                        "Status",
                        "APPROVED".equals(v.status())
                                ? "Approved on " + v.approvedAt().format(DAY) + "; available "
                                        + v.availableOn().format(DAY)
                                        + "; a suit to void an action may be brought until "
                                        + v.challengeDeadline().format(DAY)
                                : "Draft, not approved");
        doc.section("Record", v.text());
        for (MinutesView.Amendment a : v.amendments()) {
            doc.section("Amendment approved " + a.approvedAt().format(DAY), a.text());
        }
        return doc.render();
    }

    /** The text of the minutes, generated from the record of the meeting. */
    String draft(long meetingId) {
        MeetingView m = meetings.get(meetingId);
        AgendaView agenda = agendas.agenda(meetingId);
        StringBuilder b = new StringBuilder();
        b.append(kind(m.kind()))
                .append(" meeting of the ")
                .append(m.commission())
                .append(", ")
                .append(m.startsAt().format(DAY))
                .append(" at ")
                .append(m.startsAt().format(TIME))
                .append(", ")
                .append(m.location())
                .append(".\n");
        if (m.purpose() != null) {
            b.append("Purpose: ").append(m.purpose()).append(".\n");
        }
        if ("CANCELLED".equals(m.status())) {
            return b.append("Cancelled: ")
                    .append(m.cancelReason())
                    .append(".\n")
                    .toString();
        }
        if (m.calledToOrderAt() != null) {
            b.append("Called to order at ")
                    .append(m.calledToOrderAt().format(TIME))
                    .append(".\n");
        }
        b.append("\nMembers present:\n");
        for (MeetingView.Member x : m.members()) {
            if (!x.presences().isEmpty()) {
                b.append("- ")
                        .append(x.name())
                        .append(" (seat ")
                        .append(x.seatNumber())
                        .append("): ");
                for (MeetingView.PresenceView p : x.presences()) {
                    b.append(p.arrivedAt().format(TIME))
                            .append("-")
                            .append(
                                    p.departedAt() == null
                                            ? "adjournment"
                                            : p.departedAt().format(TIME))
                            .append(" ");
                }
                b.append("\n");
            }
        }
        b.append("Members absent:\n");
        for (MeetingView.Member x : m.members()) {
            if (x.presences().isEmpty()) {
                b.append("- ")
                        .append(x.name())
                        .append(x.excuse() == null ? "" : " (" + x.excuse() + ")")
                        .append("\n");
            }
        }
        for (AgendaView.Item i : agenda.items()) {
            b.append("\n")
                    .append(i.section().replace('_', ' ').toLowerCase())
                    .append(" ")
                    .append(i.position())
                    .append(": ")
                    .append(i.title())
                    .append(" (requested by ")
                    .append(i.requestedBy())
                    .append(")\n");
            for (AgendaView.Conflict c : i.conflicts()) {
                b.append("Conflict declared: ")
                        .append(c.name())
                        .append(" took no part (")
                        .append(c.reason())
                        .append(").\n");
            }
            i.motions().forEach(x -> motion(b, x));
        }
        if (!agenda.otherMotions().isEmpty()) {
            b.append("\nOther business\n");
            agenda.otherMotions().forEach(x -> motion(b, x));
        }
        b.append(closedSessions.minutesText(meetingId));
        b.append(recesses.minutesLines(meetingId).isEmpty() ? "" : "\n" + recesses.minutesLines(meetingId));
        b.append(appearances.minutesText(meetingId));
        if (m.adjournedAt() != null) {
            b.append("\nAdjourned at ").append(m.adjournedAt().format(TIME)).append(".\n");
        }
        return b.toString();
    }

    private static void motion(StringBuilder b, AgendaView.MotionView x) {
        b.append("Motion by ")
                .append(x.mover())
                .append(", seconded by ")
                .append(x.seconder())
                .append(": ")
                .append(x.text())
                .append(". ");
        if ("OPEN".equals(x.status())) {
            b.append("Not voted on.\n");
            return;
        }
        b.append(x.status().equals("CARRIED") ? "Carried" : "Failed")
                .append(", ")
                .append(x.ayes())
                .append(" aye, ")
                .append(x.nays())
                .append(" nay, ")
                .append(x.abstentions())
                .append(" abstaining");
        if (x.resolutionNumber() != null) {
            b.append("; resolution ").append(x.resolutionNumber());
        }
        b.append(". Votes: ");
        b.append(String.join(
                        "; ",
                        x.votes().stream()
                                .map(v -> v.name() + " " + v.choice().toLowerCase())
                                .toList()))
                .append(".\n");
    }

    private static String kind(String kind) {
        return kind.charAt(0) + kind.substring(1).toLowerCase();
    }

    private Minutes approved(Meeting m) {
        return em.createQuery("select x from Minutes x where x.meeting = :m", Minutes.class)
                .setParameter("m", m)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Meeting meeting(long id, boolean lock) {
        Meeting m = lock ? em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }
}

package org.tryon.governance.participation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.participation.domain.Speaker;
import org.tryon.governance.participation.domain.SpeakerTime;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * The public appearance procedure (107.1.4 F): sign-up before the meeting starts (the public form, or the clerk from the
 * sign-up sheet), for an agenda item or other business with a short description; at the meeting the clerk gives a speaker
 * the floor and takes it back; three minutes per speaker, at most ten in all on the same matter (settings); the times
 * spoken go into the minutes.
 */
@ApplicationScoped
@Transactional
public class PublicAppearances {

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

    /** A sign-up from the public form, now: refused once the meeting is called to order (107.1.4 F). */
    public SpeakersView.Receipt signUpPublicly(long meetingId, SpeakerCommands.SignUp command) {
        Speaker s = signUp(meetingId, command, null, Speaker.Via.PUBLIC, SeatApplications.PUBLIC);
        return new SpeakersView.Receipt(
                meetingId,
                s.getName(),
                matter(s),
                "You are signed up to speak at the "
                        + s.getMeeting().getCommission().getCode() + " meeting of "
                        + UsFormat.date(s.getMeeting().getStartsAt().toLocalDate()) + " (" + matter(s)
                        + "). 107.1.4 F: three minutes "
                        + "per speaker, at most ten minutes in all for several speakers on the same matter.");
    }

    /** A sign-up the clerk enters: now, or at {@code signedUpAt} from the sign-up sheet (before the call to order). */
    public SpeakersView signUpByClerk(long meetingId, SpeakerCommands.SignUp command, LocalDateTime signedUpAt) {
        signUp(meetingId, command, signedUpAt, Speaker.Via.CLERK, user.name());
        return speakers(meetingId);
    }

    private Speaker signUp(
            long meetingId, SpeakerCommands.SignUp command, LocalDateTime signedUpAt, Speaker.Via via, String by) {
        Inputs.valid(validator, command);
        Meeting m = meeting(meetingId, true);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime at = signedUpAt == null ? now : signedUpAt;
        if (at.isAfter(now)) {
            throw new RuleViolationException(
                    "signedUpAt", "not-in-future", "A sign-up is made now or was made earlier");
        }
        AgendaItem item = null;
        if (command.agendaItemId() != null) {
            item = em.find(AgendaItem.class, command.agendaItemId());
            if (item == null) {
                throw new RuleViolationException(
                        "agendaItemId",
                        "107.1.4 F agenda-item",
                        "107.1.4 F: a speaker signs up for an item on this "
                                + "meeting's agenda, or for other business");
            }
        }
        Speaker s = new Speaker(m, item, command.name(), command.description(), command.email(), at, via, by);
        em.persist(s);
        em.flush();
        return s;
    }

    /** The speakers of a meeting with the timer of the one who has the floor. A read: nothing is written. */
    public SpeakersView speakers(long meetingId) {
        Meeting m = meeting(meetingId, false);
        List<Speaker> all = all(m);
        LocalDateTime now = LocalDateTime.now(clock);
        SpeakerTime rule = rule(m);
        List<SpeakersView.SpeakerLine> lines = new ArrayList<>();
        SpeakersView.Timer timer = null;
        for (Speaker s : all) {
            Duration spoken = s.spoken(now);
            Duration matterLeft = SpeakerTime.remaining(
                    rule.perMatter(), s.usedByOthers(all, now).plus(spoken));
            lines.add(new SpeakersView.SpeakerLine(
                    s.getId(),
                    s.getName(),
                    s.getItem() == null ? null : s.getItem().getId(),
                    matter(s),
                    s.getDescription(),
                    s.getSignedUpAt(),
                    s.getVia().name(),
                    s.state().name(),
                    s.getStartedAt(),
                    s.getStoppedAt(),
                    s.getAllowanceSeconds(),
                    spoken.toSeconds(),
                    matterLeft.toSeconds()));
            if (s.state() == Speaker.State.SPEAKING) {
                Duration allowance = Duration.ofSeconds(s.getAllowanceSeconds());
                timer = new SpeakersView.Timer(
                        s.getId(),
                        s.getName(),
                        matter(s),
                        s.getStartedAt(),
                        s.getAllowanceSeconds(),
                        SpeakerTime.remaining(allowance, spoken).toSeconds(),
                        matterLeft.toSeconds(),
                        spoken.compareTo(allowance) > 0);
            }
        }
        return new SpeakersView(
                m.getId(),
                m.getCommission().getCode(),
                m.getStatus().name(),
                m.getCalledToOrderAt(),
                (int) rule.perSpeaker().toSeconds(),
                (int) rule.perMatter().toSeconds(),
                lines,
                timer,
                now.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Gives the speaker the floor now, with the allowance of 107.1.4 F given what the matter's earlier speakers used. */
    public SpeakersView start(long meetingId, long speakerId) {
        Meeting m = meeting(meetingId, true);
        Speaker s = speaker(m, speakerId);
        List<Speaker> all = all(m);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        boolean someone = all.stream().anyMatch(x -> x.state() == Speaker.State.SPEAKING);
        s.start(now, rule(m), s.usedByOthers(all, now), someone);
        em.flush();
        return speakers(meetingId);
    }

    /** Takes the floor back now: the time spoken is kept. */
    public SpeakersView stop(long meetingId, long speakerId) {
        Meeting m = meeting(meetingId, true);
        Speaker s = speaker(m, speakerId);
        s.stop(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        em.flush();
        return speakers(meetingId);
    }

    /** The meetings open for sign-up: scheduled, not yet called to order, from today on; with their agenda items. A read. */
    public List<SpeakersView.OpenMeeting> openMeetings() {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> open = em.createQuery(
                        "select m from Meeting m join fetch m.commission where m.status = :s and m.startsAt >= :from "
                                + "order by m.startsAt",
                        Meeting.class)
                .setParameter("s", Meeting.Status.SCHEDULED)
                .setParameter("from", today.atStartOfDay())
                .setMaxResults(50)
                .getResultList();
        List<SpeakersView.OpenMeeting> out = new ArrayList<>();
        for (Meeting m : open) {
            List<SpeakersView.Item> items = em
                    .createQuery(
                            "select i from AgendaItem i where i.meeting = :m and i.status = :st "
                                    + "order by i.section, i.position",
                            AgendaItem.class)
                    .setParameter("m", m)
                    .setParameter("st", AgendaItem.Status.ON_AGENDA)
                    .getResultList()
                    .stream()
                    .map(i -> new SpeakersView.Item(i.getId(), i.getTitle()))
                    .toList();
            out.add(new SpeakersView.OpenMeeting(
                    m.getId(),
                    m.getCommission().getCode(),
                    m.getCommission().getName(),
                    m.getStartsAt(),
                    m.getLocation(),
                    items));
        }
        return out;
    }

    /** The public appearance as the minutes record it: each speaker heard, on what, from when to when, how long (107.1.4 F). */
    public String minutesText(long meetingId) {
        Meeting m = meeting(meetingId, false);
        List<Speaker> heard =
                all(m).stream().filter(s -> s.state() == Speaker.State.DONE).toList();
        if (heard.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("\nPublic appearance (107.1.4 F)\n");
        for (Speaker s : heard) {
            long seconds = s.spoken(s.getStoppedAt()).toSeconds();
            b.append("- ")
                    .append(s.getName())
                    .append(" on ")
                    .append(matter(s))
                    .append(" (")
                    .append(s.getDescription())
                    .append("): ")
                    .append(UsFormat.time(s.getStartedAt().toLocalTime()))
                    .append("-")
                    .append(UsFormat.time(s.getStoppedAt().toLocalTime()))
                    .append(", spoke ")
                    .append(minSec(seconds))
                    .append(" of ")
                    .append(minSec(s.getAllowanceSeconds()))
                    .append(".\n");
        }
        return b.toString();
    }

    /** Minutes and seconds, m:ss. */
    public static String minSec(long seconds) {
        return (seconds / 60) + ":" + String.format("%02d", seconds % 60);
    }

    private SpeakerTime rule(Meeting m) {
        LocalDate day = m.getStartsAt().toLocalDate();
        return new SpeakerTime(
                Duration.ofMinutes(settings.valueOn(GovernanceSettings.SPEAKER_MINUTES, day)),
                Duration.ofMinutes(settings.valueOn(GovernanceSettings.MATTER_MINUTES, day)));
    }

    private static String matter(Speaker s) {
        return s.getItem() == null
                ? "other business"
                : "agenda item: " + s.getItem().getTitle();
    }

    private List<Speaker> all(Meeting m) {
        return em.createQuery(
                        "select s from Speaker s left join fetch s.item where s.meeting = :m order by s.signedUpAt, s.id",
                        Speaker.class)
                .setParameter("m", m)
                .getResultList();
    }

    private Speaker speaker(Meeting m, long speakerId) {
        Speaker s = em.find(Speaker.class, speakerId);
        if (s == null || !s.getMeeting().getId().equals(m.getId())) {
            throw new RecordNotFoundException("speaker at meeting " + m.getId(), speakerId);
        }
        return s;
    }

    private Meeting meeting(long id, boolean lock) {
        Meeting m = lock ? em.find(Meeting.class, id, LockModeType.PESSIMISTIC_WRITE) : em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }
}

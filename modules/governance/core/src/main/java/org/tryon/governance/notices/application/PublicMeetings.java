package org.tryon.governance.notices.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.governance.meetings.application.AgendaView;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.meetings.application.MinutesRecords;
import org.tryon.governance.meetings.application.Recesses;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.governance.notices.domain.MeetingNotice;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.text.UsFormat;

/**
 * What the public reads without signing in (107.1.4 B, 107.2.4 B, 107.2.4 M; G.S. 143-318.12): upcoming meetings of every
 * body with their notices, agendas and packets, past meetings with their approved minutes and the BDC's resolutions, and a
 * body's calendar feed. Only public records: approved minutes only (never a draft), no closed-session account, no
 * subscriber. Reads only: nothing is written.
 */
@ApplicationScoped
@Transactional
public class PublicMeetings {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Agendas agendas;

    @Inject
    Recesses recesses;

    @Inject
    MinutesRecords minutesRecords;

    @Inject
    MailServer server;

    @Inject
    Letterhead letterhead;

    /** Upcoming meetings (from today on, at most {@code upcomingMax}) and the latest past ones (at most {@code pastMax}). */
    public NoticeViews.PublicMeetingList list(int upcomingMax, int pastMax) {
        LocalDate today = LocalDate.now(clock);
        List<Meeting> upcoming = em.createQuery(
                        "select m from Meeting m join fetch m.commission where m.startsAt >= :d order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("d", today.atStartOfDay())
                .setMaxResults(upcomingMax)
                .getResultList();
        List<Meeting> past = em.createQuery(
                        "select m from Meeting m join fetch m.commission where m.startsAt < :d order by m.startsAt desc, m.id desc",
                        Meeting.class)
                .setParameter("d", today.atStartOfDay())
                .setMaxResults(pastMax)
                .getResultList();
        List<Meeting> all = new ArrayList<>(upcoming);
        all.addAll(past);
        Map<Long, LocalDateTime> notices = new HashMap<>();
        Map<Long, LocalDate> minutes = new HashMap<>();
        Map<Long, Long> resolutions = new HashMap<>();
        if (!all.isEmpty()) {
            em.createQuery(
                            "select n.meeting.id, max(n.postedAt) from MeetingNotice n where n.meeting in :ms group by n.meeting.id",
                            Object[].class)
                    .setParameter("ms", all)
                    .getResultList()
                    .forEach(r -> notices.put((Long) r[0], (LocalDateTime) r[1]));
            em.createQuery("select x.meeting.id, x.availableOn from Minutes x where x.meeting in :ms", Object[].class)
                    .setParameter("ms", all)
                    .getResultList()
                    .forEach(r -> minutes.put((Long) r[0], (LocalDate) r[1]));
            em.createQuery(
                            "select x.meeting.id, count(x) from Motion x where x.meeting in :ms and x.resolutionNumber is not null group by x.meeting.id",
                            Object[].class)
                    .setParameter("ms", all)
                    .getResultList()
                    .forEach(r -> resolutions.put((Long) r[0], (Long) r[1]));
        }
        java.util.function.Function<Meeting, NoticeViews.PublicMeetingSummary> summary =
                m -> new NoticeViews.PublicMeetingSummary(
                        m.getId(),
                        m.getCommission().getCode(),
                        m.getCommission().getName(),
                        m.getKind().name(),
                        m.getStartsAt(),
                        m.getLocation(),
                        m.getPurpose(),
                        m.getStatus().name(),
                        m.getCancelReason(),
                        notices.get(m.getId()),
                        minutes.get(m.getId()),
                        resolutions.getOrDefault(m.getId(), 0L).intValue());
        return new NoticeViews.PublicMeetingList(
                today,
                upcoming.stream().map(summary).toList(),
                past.stream().map(summary).toList());
    }

    /** One meeting with its notices, recesses, agenda (the packet), approved minutes' day and resolutions. */
    public NoticeViews.PublicMeetingView meeting(long id) {
        Meeting m = meeting0(id);
        List<NoticeViews.PublicNotice> notices = em
                .createQuery(
                        "select n from MeetingNotice n where n.meeting = :m order by n.postedAt, n.id",
                        MeetingNotice.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(n -> new NoticeViews.PublicNotice(
                        n.getId(), n.getKind().name(), n.getSubject(), n.getBody(), n.getPostedAt()))
                .toList();
        AgendaView agenda = agendas.agenda(id);
        List<NoticeViews.PublicAgendaItem> items = agenda.items().stream()
                .map(i -> new NoticeViews.PublicAgendaItem(
                        i.section(),
                        i.position(),
                        i.title(),
                        i.detail(),
                        i.requestedBy(),
                        i.problem(),
                        i.codeSections(),
                        i.proposedInterpretation(),
                        i.rationale(),
                        i.permitNumber(),
                        i.motions().stream()
                                .filter(x -> !"OPEN".equals(x.status()))
                                .map(PublicMeetings::result)
                                .toList()))
                .toList();
        LocalDate minutesOn = minutesAvailableOn(m);
        String base = "api/v1/public/meetings/" + id;
        return new NoticeViews.PublicMeetingView(
                m.getId(),
                m.getCommission().getCode(),
                m.getCommission().getName(),
                m.getKind().name(),
                m.getStartsAt(),
                m.getLocation(),
                m.getPurpose(),
                m.getStatus().name(),
                m.getCancelReason(),
                notices,
                recesses.list(id),
                items,
                minutesOn,
                resolutions(m),
                base + "/agenda.pdf",
                minutesOn == null ? null : base + "/minutes.pdf",
                "api/v1/public/commissions/" + m.getCommission().getCode() + "/meetings.ics");
    }

    private static String result(AgendaView.MotionView x) {
        return ("CARRIED".equals(x.status()) ? "Carried" : "Failed") + " (" + x.ayes() + " aye, " + x.nays() + " nay, "
                + x.abstentions() + " abstaining): " + x.text()
                + (x.resolutionNumber() == null ? "" : "; resolution " + x.resolutionNumber());
    }

    /** The resolutions adopted by a body (BDC by default) in a year, by number. */
    public List<NoticeViews.PublicResolution> resolutions(String code, int year) {
        if (year < 1900 || year > 9999) {
            throw new RuleViolationException("year", "range", "A year from 1900 to 9999");
        }
        Commission c = commission(code == null || code.isBlank() ? "BDC" : code);
        return em
                .createQuery(
                        "select x from Motion x join fetch x.meeting m where m.commission = :c and x.resolutionNumber is not null "
                                + "and m.startsAt >= :from and m.startsAt < :to order by m.startsAt, x.id",
                        Motion.class)
                .setParameter("c", c)
                .setParameter("from", LocalDate.of(year, 1, 1).atStartOfDay())
                .setParameter("to", LocalDate.of(year + 1, 1, 1).atStartOfDay())
                .getResultList()
                .stream()
                .map(PublicMeetings::resolution)
                .toList();
    }

    private List<NoticeViews.PublicResolution> resolutions(Meeting m) {
        return em
                .createQuery(
                        "select x from Motion x where x.meeting = :m and x.resolutionNumber is not null order by x.id",
                        Motion.class)
                .setParameter("m", m)
                .getResultList()
                .stream()
                .map(PublicMeetings::resolution)
                .toList();
    }

    private static NoticeViews.PublicResolution resolution(Motion x) {
        return new NoticeViews.PublicResolution(
                x.getResolutionNumber(),
                x.getText(),
                x.getMeeting().getId(),
                x.getMeeting().getCommission().getCode(),
                x.getMeeting().getStartsAt().toLocalDate(),
                x.getAyes(),
                x.getNays(),
                x.getAbstentions());
    }

    /** The agenda and its packet as a PDF, published with the notice (each item with its detail or summary). */
    public byte[] agendaPacket(long id) {
        NoticeViews.PublicMeetingView m = meeting(id);
        var doc = letterhead
                .document("Agenda and packet: " + m.commissionName() + ", " + kindWord(m.kind()) + " meeting of "
                        + UsFormat.date(m.startsAt().toLocalDate()))
                .reference("AGENDA-" + id)
                .dated(m.startsAt().toLocalDate())
                .fact("Body", m.commissionName() + " (" + m.commission() + ")")
                .fact(
                        "When",
                        UsFormat.date(m.startsAt().toLocalDate()) + " at "
                                + UsFormat.time(m.startsAt().toLocalTime()))
                .fact("Where", m.location());
        if (m.purpose() != null) {
            doc.fact("Purpose", m.purpose());
        }
        if ("CANCELLED".equals(m.status())) {
            doc.fact("Cancelled", m.cancelReason());
        }
        if (!m.notices().isEmpty()) {
            NoticeViews.PublicNotice last = m.notices().get(m.notices().size() - 1);
            doc.section(
                    "Notice posted " + UsFormat.date(last.postedAt().toLocalDate()) + " at "
                            + UsFormat.time(last.postedAt().toLocalTime()),
                    last.body());
        }
        StringBuilder order = new StringBuilder();
        for (NoticeViews.PublicAgendaItem i : m.agenda()) {
            order.append(section(i.section()))
                    .append(" ")
                    .append(i.position())
                    .append(". ")
                    .append(i.title())
                    .append("\n");
        }
        doc.section("Agenda", order.length() == 0 ? "No item has been placed on the agenda yet." : order.toString());
        for (NoticeViews.PublicAgendaItem i : m.agenda()) {
            StringBuilder b = new StringBuilder();
            b.append("Requested by ").append(i.requestedBy()).append(".\n");
            append(b, "Detail", i.detail());
            append(b, "Problem", i.problem());
            append(b, "Code sections", i.codeSections());
            append(b, "Proposed interpretation", i.proposedInterpretation());
            append(b, "Rationale", i.rationale());
            append(b, "Permit", i.permitNumber());
            doc.section(section(i.section()) + " " + i.position() + ". " + i.title(), b.toString());
        }
        return doc.render();
    }

    /** The approved minutes as a PDF; there are none before their approval (a draft is not public). */
    public byte[] minutesPdf(long id) {
        Meeting m = meeting0(id);
        if (minutesAvailableOn(m) == null) {
            throw new RecordNotFoundException("approved minutes of meeting", id);
        }
        return minutesRecords.pdf(id);
    }

    /** A body's meetings from a year ago on, as an iCalendar feed. */
    public String calendar(String code) {
        Commission c = commission(code);
        LocalDate from = LocalDate.now(clock).minusYears(1);
        List<Meeting> list = em.createQuery(
                        "select m from Meeting m where m.commission = :c and m.startsAt >= :d order by m.startsAt, m.id",
                        Meeting.class)
                .setParameter("c", c)
                .setParameter("d", from.atStartOfDay())
                .getResultList();
        Map<Long, Long> noticeCounts = new HashMap<>();
        if (!list.isEmpty()) {
            em.createQuery(
                            "select n.meeting.id, count(n) from MeetingNotice n where n.meeting in :ms group by n.meeting.id",
                            Object[].class)
                    .setParameter("ms", list)
                    .getResultList()
                    .forEach(r -> noticeCounts.put((Long) r[0], (Long) r[1]));
        }
        String host = java.net.URI.create(server.publicLink("")).getHost();
        List<ICalendar.Event> events = list.stream()
                .map(m -> new ICalendar.Event(
                        "meeting-" + m.getId() + "@" + (host == null ? "tryon" : host),
                        m.getStartsAt(),
                        m.getAdjournedAt(),
                        c.getCode() + " " + kindWord(m.getKind().name()) + " meeting"
                                + (m.getPurpose() == null ? "" : ": " + m.getPurpose()),
                        m.getLocation(),
                        (m.getPurpose() == null ? "" : "Purpose: " + m.getPurpose() + "\n")
                                + (m.getCancelReason() == null ? "" : "Cancelled: " + m.getCancelReason() + "\n")
                                + "Notice, agenda and packet: "
                                + server.publicLink("public/meeting.xhtml?id=" + m.getId()),
                        server.publicLink("public/meeting.xhtml?id=" + m.getId()),
                        m.getStatus() == Meeting.Status.CANCELLED,
                        (int) Math.max(0, noticeCounts.getOrDefault(m.getId(), 1L) - 1)))
                .toList();
        return ICalendar.write(
                c.getName() + " (" + c.getCode() + ") meetings", events, clock.getZone(), clock.instant());
    }

    private static void append(StringBuilder b, String label, String value) {
        if (value != null && !value.isBlank()) {
            b.append(label).append(": ").append(value).append("\n");
        }
    }

    private static String section(String section) {
        String s = section.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String kindWord(String kind) {
        return kind.toLowerCase();
    }

    private LocalDate minutesAvailableOn(Meeting m) {
        return em.createQuery("select x.availableOn from Minutes x where x.meeting = :m", LocalDate.class)
                .setParameter("m", m)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Meeting meeting0(long id) {
        Meeting m = em.find(Meeting.class, id);
        if (m == null) {
            throw new RecordNotFoundException("meeting", id);
        }
        return m;
    }

    private Commission commission(String code) {
        return em.createQuery("select c from Commission c where c.code = :c", Commission.class)
                .setParameter("c", code == null ? "" : code.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("body", code));
    }
}

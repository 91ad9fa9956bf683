package org.tryon.governance.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tryon.governance.meetings.domain.AgendaDeadlines;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.module.domain.GovernanceSettings;
import org.tryon.governance.participation.domain.SeatApplication;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * Governance's cards of the home page (ADR 0050), for the commission clerk: the BDC's and the TAB's scheduled
 * meetings with the next one's agenda deadline, the same deadlines the agenda enforces (107.1.4 G: a BDC request
 * six working days before; 107.2.4 G: a TAB topic 48 hours or two workdays before, whichever is greater; both
 * effective-dated settings), and the applications for seats not yet forwarded (107.1.2, 107.2.2). Reads only.
 */
@ApplicationScoped
@Transactional
public class GovernanceWorkList implements WorkListSection {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar countyCalendar;

    @Inject
    Clock clock;

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        if (!viewer.has(Roles.COMMISSION_CLERK)) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        cards.add(meetings("BDC", "Next BDC meetings"));
        cards.add(meetings("TAB", "Next TAB meetings"));
        cards.add(seatApplications());
        return cards;
    }

    private HomeCard meetings(String body, String title) {
        LocalDateTime now = LocalDateTime.now(clock);
        List<Meeting> next = em.createQuery(
                        "select m from Meeting m where m.commission.code = :c and m.startsAt >= :now and m.status = :scheduled "
                                + "order by m.startsAt",
                        Meeting.class)
                .setParameter("c", body)
                .setParameter("now", now)
                .setParameter("scheduled", Meeting.Status.SCHEDULED)
                .setMaxResults(1)
                .getResultList();
        long count = em.createQuery(
                        "select count(m) from Meeting m where m.commission.code = :c and m.startsAt >= :now and m.status = :scheduled",
                        Long.class)
                .setParameter("c", body)
                .setParameter("now", now)
                .setParameter("scheduled", Meeting.Status.SCHEDULED)
                .getSingleResult();
        String detail;
        if (next.isEmpty()) {
            detail = "No " + body + " meeting is scheduled";
        } else {
            Meeting m = next.get(0);
            detail = "Next on " + UsFormat.dateTime(m.getStartsAt()) + "; " + deadline(body, m.getStartsAt());
        }
        HomeCard card = new HomeCard(
                "governance.meetings." + body.toLowerCase(Locale.ROOT),
                title,
                count,
                "/governance/meetings.xhtml",
                detail);
        if (next.isEmpty()) {
            return card;
        }
        // the clerk's first job of the day is the next meeting: its agenda, roll call and votes, one step away
        Meeting m = next.get(0);
        return card.withNext(
                "/governance/meeting.xhtml?id=" + m.getId(),
                "Open the meeting of " + UsFormat.date(m.getStartsAt().toLocalDate()));
    }

    /** The agenda deadline of a meeting, as the agenda enforces it. */
    private String deadline(String body, LocalDateTime startsAt) {
        WorkingDayCalendar calendar = countyCalendar.calendar();
        LocalDate day = startsAt.toLocalDate();
        if ("TAB".equals(body)) {
            int hours = settings.valueOn(GovernanceSettings.TAB_TOPIC_HOURS, day);
            int workdays = settings.valueOn(GovernanceSettings.TAB_TOPIC_WORKDAYS, day);
            return "topics due by "
                    + UsFormat.dateTime(AgendaDeadlines.tabTopicDue(startsAt, hours, workdays, calendar))
                    + " (107.2.4 G)";
        }
        int days = settings.valueOn(GovernanceSettings.BDC_AGENDA_WORKING_DAYS, day);
        return "agenda requests due by " + UsFormat.date(AgendaDeadlines.bdcRequestDue(day, days, calendar))
                + " (107.1.4 G)";
    }

    private HomeCard seatApplications() {
        long count = em.createQuery("select count(a) from SeatApplication a where a.status in :waiting", Long.class)
                .setParameter("waiting", List.of(SeatApplication.Status.RECEIVED, SeatApplication.Status.REVIEWED))
                .getSingleResult();
        return new HomeCard(
                "governance.seat-applications",
                "Applications for seats waiting",
                count,
                "/governance/applications.xhtml",
                count == 0
                        ? "No application for a seat waits to be reviewed or forwarded"
                        : "Received or reviewed, not yet forwarded to the appointing body (107.1.1 A, 107.2.1)");
    }
}

package org.tryon.licensing.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.eligibility.domain.ApplicationStatus;
import org.tryon.licensing.scoring.domain.ScoreChallenge;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionViews;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.HomeChart;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * Licensing's cards of the home page (ADR 0050), for the exam administrator (a delegate sees its own sessions): the
 * scheduled exam sessions from today on with the seats taken of the next ones (a delegate's limited to its
 * delegations, 107.1.5 C), the applications awaiting the eligibility decision, and the item challenges and score
 * appeals filed and not yet decided. Reads only.
 */
@ApplicationScoped
@Transactional
public class LicensingWorkList implements WorkListSection {

    /** How many of the next sessions the chart shows. */
    static final int CHARTED_SESSIONS = 6;

    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM/dd", Locale.US);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ExamSessions sessions;

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        List<HomeCard> cards = new ArrayList<>();
        if (viewer.has(Roles.EXAM_ADMINISTRATOR, Roles.EXAM_DELEGATE)) {
            cards.add(nextSessions(viewer));
        }
        if (viewer.has(Roles.EXAM_ADMINISTRATOR)) {
            cards.add(applicationsAwaiting());
            cards.add(challengesOpen());
        }
        return cards;
    }

    private HomeCard nextSessions(Viewer viewer) {
        List<SessionViews.SessionView> next = sessions.sessions(viewer.today(), null, "SCHEDULED");
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        int free = 0;
        for (SessionViews.SessionView s : next) {
            free += s.seatsLeft();
            if (labels.size() < CHARTED_SESSIONS) {
                labels.add(s.day().format(SHORT) + " " + s.certificateName());
                values.add(BigDecimal.valueOf(s.seatsTaken()));
            }
        }
        String detail = next.isEmpty()
                ? "No exam session is scheduled from today on"
                : "Next: " + next.get(0).certificateName() + " on "
                        + UsFormat.date(next.get(0).day()) + ", "
                        + next.get(0).seatsTaken() + " of " + next.get(0).seats() + " seats taken; " + free
                        + " seats free in all";
        HomeCard card = new HomeCard(
                "licensing.sessions",
                "Next exam sessions",
                next.size(),
                "/licensing/sessions.xhtml",
                detail,
                next.isEmpty()
                        ? null
                        : new HomeChart("bar", "Seats taken per session", "Session", labels, values, null, null));
        // the next session with a seat left, one step away: its roster and the link to register a candidate in it
        return next.stream()
                .filter(s -> s.seatsLeft() > 0)
                .findFirst()
                .map(s -> card.withNext(
                        "/licensing/session.xhtml?id=" + s.id(),
                        "Open the session of " + UsFormat.date(s.day()) + " (" + s.seatsLeft() + " seats left)"))
                .orElse(card);
    }

    private HomeCard applicationsAwaiting() {
        long count = em.createQuery("select count(a) from ExamApplication a where a.status = :submitted", Long.class)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .getSingleResult();
        HomeCard card = new HomeCard(
                "licensing.applications",
                "Applications awaiting eligibility",
                count,
                "/licensing/applications.xhtml?status=SUBMITTED",
                count == 0
                        ? "No exam application waits for a decision"
                        : "Submitted, waiting for the eligibility decision");
        // the oldest one waiting, one step away
        return em.createQuery(
                        "select a.id, a.reference, a.fullName from ExamApplication a where a.status = :submitted"
                                + " order by a.appliedOn, a.id",
                        Object[].class)
                .setParameter("submitted", ApplicationStatus.SUBMITTED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(a -> card.withNext(
                        "/licensing/applications-record.xhtml?id=" + a[0], "Decide the oldest: " + a[1] + ", " + a[2]))
                .orElse(card);
    }

    private HomeCard challengesOpen() {
        List<Object[]> rows = em.createQuery(
                        "select c.kind, count(c) from ScoreChallenge c where c.status = :filed group by c.kind",
                        Object[].class)
                .setParameter("filed", ScoreChallenge.FILED)
                .getResultList();
        long challenges = 0;
        long appeals = 0;
        for (Object[] o : rows) {
            long n = ((Number) o[1]).longValue();
            if (ScoreChallenge.SCORE_APPEAL.equals(o[0])) {
                appeals += n;
            } else {
                challenges += n;
            }
        }
        return new HomeCard(
                "licensing.challenges",
                "Challenges and appeals open",
                challenges + appeals,
                "/licensing/results-challenges.xhtml",
                challenges + " item challenges and " + appeals + " score appeals filed, not yet decided");
    }
}

package org.tryon.governance.tab.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.tab.domain.CalendarQuarter;
import org.tryon.governance.tab.domain.DoiReferral;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.text.UsFormat;

/**
 * The TAB's results for the public (107.2.4 M: meeting results with a summary of the discussions, pro
 * and con) and its report to the BDC at the end of each calendar quarter (107.2.4 L), both generated
 * from the record. Reads only.
 */
@ApplicationScoped
@Transactional
public class TabResults {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TabMeetings tab;

    @Inject
    Letterhead letterhead;

    /** The results of every TAB meeting called to order, newest first (at most 200). */
    public List<TabViews.PublicMeeting> publicResults() {
        return held(null, null).stream().map(this::results).toList();
    }

    /** One meeting's results; 404 when it is no TAB meeting or was not held. */
    public TabViews.PublicMeeting publicResults(long meetingId) {
        Meeting m = em.find(Meeting.class, meetingId);
        if (m == null
                || !"TAB".equals(m.getCommission().getCode())
                || m.getCalledToOrderAt() == null
                || m.getStatus() == Meeting.Status.CANCELLED) {
            throw new RecordNotFoundException("TAB meeting results", meetingId);
        }
        return results(m);
    }

    private List<Meeting> held(LocalDate from, LocalDate to) {
        return em.createQuery(
                        "select m from Meeting m where m.commission.code = 'TAB' and m.calledToOrderAt is not null and m.status <> :c "
                                + "and m.startsAt >= :from and m.startsAt < :to order by m.startsAt desc",
                        Meeting.class)
                .setParameter("c", Meeting.Status.CANCELLED)
                .setParameter("from", (from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay())
                .setParameter("to", (to == null ? LocalDate.of(9999, 12, 31) : to.plusDays(1)).atStartOfDay())
                .setMaxResults(200)
                .getResultList();
    }

    private TabViews.PublicMeeting results(Meeting m) {
        List<TabViews.PublicItem> items = new ArrayList<>();
        for (AgendaItem i : tab.items(m)) {
            List<SummaryBullet> bullets = tab.bullets(i);
            TabRecommendation r = tab.recommendation(i).orElse(null);
            items.add(new TabViews.PublicItem(
                    i.getId(),
                    i.getSection().name(),
                    i.getTitle(),
                    i.getProblem(),
                    i.getProposedInterpretation(),
                    bullets.stream()
                            .filter(b -> b.getSide() == SummaryBullet.Side.PRO)
                            .map(SummaryBullet::getText)
                            .toList(),
                    bullets.stream()
                            .filter(b -> b.getSide() == SummaryBullet.Side.CON)
                            .map(SummaryBullet::getText)
                            .toList(),
                    tab.concurrences(i).stream()
                            .map(c -> c.getPerson().getFullName())
                            .toList(),
                    tab.recusals(i).stream()
                            .map(x -> x.getPerson().getFullName())
                            .toList(),
                    r == null ? null : r.getText(),
                    r == null || r.getDecision() == null ? null : decision(r)));
        }
        return new TabViews.PublicMeeting(
                m.getId(), m.getStartsAt(), m.getLocation(), m.getStatus().name(), items);
    }

    private static String decision(TabRecommendation r) {
        return switch (r.getDecision()) {
            case ADOPTED ->
                "Adopted by the Administrator on " + UsFormat.date(r.getDecidedOn()) + ": " + r.getDecisionText();
            case MODIFIED ->
                "Decided with changes by the Administrator on " + UsFormat.date(r.getDecidedOn()) + ": "
                        + r.getDecisionText();
            case NOT_ADOPTED ->
                "Not adopted by the Administrator on " + UsFormat.date(r.getDecidedOn()) + ": " + r.getDecisionText();
        };
    }

    /** The quarter's report to the BDC (107.2.4 L): meetings held with their results, DOI referrals and interpretations decided. */
    public TabViews.QuarterReport quarter(CalendarQuarter q) {
        CalendarQuarter quarter = q == null ? CalendarQuarter.of(LocalDate.now(clock)) : q;
        List<TabViews.PublicMeeting> meetings = new ArrayList<>(held(quarter.first(), quarter.last()).stream()
                .map(this::results)
                .toList());
        java.util.Collections.reverse(meetings);
        List<TabViews.ReferralView> referrals = em
                .createQuery(
                        "select r from DoiReferral r join fetch r.person join fetch r.item i join fetch i.meeting "
                                + "where (r.sentOn between :f and :t) or (r.answeredOn between :f and :t) or (r.closedOn between :f and :t) or r.status = :s "
                                + "order by r.sentOn, r.id",
                        DoiReferral.class)
                .setParameter("f", quarter.first())
                .setParameter("t", quarter.last())
                .setParameter("s", DoiReferral.Status.SENT)
                .getResultList()
                .stream()
                .filter(r -> !r.getSentOn().isAfter(quarter.last()))
                .map(TabMeetings::referral)
                .toList();
        List<TabViews.RecommendationView> decisions = em
                .createQuery(
                        "select r from TabRecommendation r join fetch r.item "
                                + "where r.decidedOn between :f and :t order by r.decidedOn, r.id",
                        TabRecommendation.class)
                .setParameter("f", quarter.first())
                .setParameter("t", quarter.last())
                .getResultList()
                .stream()
                .map(TabMeetings::recommendation)
                .toList();
        String note = meetings.isEmpty()
                ? "107.2.4 E: no TAB meeting was held in " + quarter + "; the TAB meets at least quarterly"
                : null;
        return new TabViews.QuarterReport(
                quarter.toString(),
                quarter.first(),
                quarter.last(),
                meetings.size(),
                meetings,
                referrals,
                decisions,
                note);
    }

    /** The quarter's report as a PDF on the department's letterhead. */
    public byte[] quarterPdf(CalendarQuarter q) {
        TabViews.QuarterReport r = quarter(q);
        var doc = letterhead
                .document("Technical Advisory Board: report to the Building-Development Commission, " + r.quarter())
                .reference("TAB-" + r.quarter())
                .dated(r.to())
                .generatedOn(LocalDate.now(clock))
                .fact("Period", UsFormat.words(r.from()) + " to " + UsFormat.words(r.to()))
                .fact("Meetings held", String.valueOf(r.meetingsHeld()))
                .fact(
                        "Basis",
                        "107.2.4 L: the TAB reports to the BDC at a minimum at the end of each calendar quarter");
        if (r.note() != null) {
            doc.section("Note", r.note());
        }
        for (TabViews.PublicMeeting m : r.meetings()) {
            StringBuilder b = new StringBuilder();
            for (TabViews.PublicItem i : m.items()) {
                b.append(i.section().replace('_', ' ').toLowerCase())
                        .append(": ")
                        .append(i.title())
                        .append("\n");
                i.pros().forEach(p -> b.append("  + ").append(p).append("\n"));
                i.cons().forEach(c -> b.append("  - ").append(c).append("\n"));
                if (!i.concurredBy().isEmpty()) {
                    b.append("  Summary concurred by: ")
                            .append(String.join(", ", i.concurredBy()))
                            .append("\n");
                }
                if (!i.conflicted().isEmpty()) {
                    b.append("  Took no part (conflict of interest, 107.2.4 J.1): ")
                            .append(String.join(", ", i.conflicted()))
                            .append("\n");
                }
                b.append("  Recommendation: ")
                        .append(i.recommendation() == null ? "none" : i.recommendation())
                        .append("\n");
                if (i.administratorDecision() != null) {
                    b.append("  ").append(i.administratorDecision()).append("\n");
                }
            }
            doc.section(
                    "Meeting of " + UsFormat.date(m.startsAt().toLocalDate()),
                    b.isEmpty() ? "No items." : b.toString());
        }
        if (!r.referrals().isEmpty()) {
            StringBuilder b = new StringBuilder();
            r.referrals()
                    .forEach(x -> b.append(x.itemTitle())
                            .append(" (")
                            .append(x.member())
                            .append("): sent ")
                            .append(UsFormat.words(x.sentOn()))
                            .append(", ")
                            .append(x.status().toLowerCase())
                            .append(x.answer() == null ? "" : ", " + x.answer())
                            .append("\n"));
            doc.section("Referrals to the NC Department of Insurance (107.2.4 J.2)", b.toString());
        }
        if (!r.decisions().isEmpty()) {
            StringBuilder b = new StringBuilder();
            r.decisions()
                    .forEach(x -> b.append(UsFormat.words(x.decidedOn()))
                            .append(": ")
                            .append(x.decision().toLowerCase().replace('_', ' '))
                            .append(", ")
                            .append(x.decisionText())
                            .append("\n"));
            doc.section("Interpretations decided by the Administrator (107.2.4 K, 107.2.5 G)", b.toString());
        }
        return doc.render();
    }
}

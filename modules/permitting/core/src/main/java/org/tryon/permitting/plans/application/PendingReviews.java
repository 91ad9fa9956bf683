package org.tryon.permitting.plans.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.tryon.permitting.plans.domain.DisciplineReview;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.text.UsFormat;

/**
 * The plan reviewers' work list (issue 17): every discipline review still pending, whose result the permit waits for
 * (108.8 E, F.1: no permit is issued before plan review approves the plans), oldest submission first. A read: nothing
 * is written. "Today" is the county's day from the application's clock.
 */
@ApplicationScoped
@Transactional
public class PendingReviews {

    private static final String PENDING_ORDERED = "select r from DisciplineReview r join fetch r.submission s"
            + " join fetch s.project where r.result = :pending order by s.submittedOn, s.id, r.id";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    /** How many reviews wait, per discipline, and the day the oldest plans waiting were submitted. */
    public record Summary(long total, Map<ReviewDiscipline, Long> byDiscipline, LocalDate oldestSubmittedOn) {

        public Summary {
            byDiscipline = Collections.unmodifiableMap(
                    byDiscipline.isEmpty() ? new EnumMap<>(ReviewDiscipline.class) : new EnumMap<>(byDiscipline));
        }

        /** In plain words: "4 building, 2 electrical; the oldest submitted 11/30/2026", or that none waits. */
        public String words() {
            if (total == 0) {
                return "No plans wait for a discipline's review";
            }
            return byDiscipline.entrySet().stream()
                            .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(", "))
                    + "; the oldest submitted " + UsFormat.date(oldestSubmittedOn);
        }
    }

    /** The pending reviews, oldest submission first (then by plan set and discipline), with days waiting to today. */
    public List<PendingReviewView> list() {
        return list(LocalDate.now(clock));
    }

    /** The same, with days waiting counted to {@code today}. */
    public List<PendingReviewView> list(LocalDate today) {
        return em
                .createQuery(PENDING_ORDERED, DisciplineReview.class)
                .setParameter("pending", ReviewResult.PENDING)
                .getResultList()
                .stream()
                .map(r -> PendingReviewView.of(r, today))
                .toList();
    }

    /** The oldest pending review, if any. */
    public Optional<PendingReviewView> oldest(LocalDate today) {
        return em.createQuery(PENDING_ORDERED, DisciplineReview.class)
                .setParameter("pending", ReviewResult.PENDING)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(r -> PendingReviewView.of(r, today));
    }

    /** The counts per discipline (in the disciplines' order) and the oldest submittal day; a count, no rows. */
    public Summary summary() {
        Map<ReviewDiscipline, Long> byDiscipline = new EnumMap<>(ReviewDiscipline.class);
        em.createQuery(
                        "select r.discipline, count(r) from DisciplineReview r where r.result = :pending"
                                + " group by r.discipline",
                        Object[].class)
                .setParameter("pending", ReviewResult.PENDING)
                .getResultList()
                .forEach(o -> byDiscipline.put((ReviewDiscipline) o[0], ((Number) o[1]).longValue()));
        LocalDate oldest = em.createQuery(
                        "select min(s.submittedOn) from DisciplineReview r join r.submission s"
                                + " where r.result = :pending",
                        LocalDate.class)
                .setParameter("pending", ReviewResult.PENDING)
                .getSingleResult();
        long total = byDiscipline.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(total, byDiscipline, oldest);
    }
}

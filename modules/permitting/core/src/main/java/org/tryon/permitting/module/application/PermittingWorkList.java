package org.tryon.permitting.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.permits.application.PermitSearch;
import org.tryon.permitting.plans.application.PendingReviews;
import org.tryon.platform.home.HomeCard;
import org.tryon.platform.home.Viewer;
import org.tryon.platform.home.WorkListSection;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;

/**
 * Permitting's cards of the home page (ADR 0050), for the permit office (permit technician, director): the
 * applications not yet issued (108.8) and the permits whose clock runs out within the work-list days (108.8.1,
 * 108.10 E; setting {@code permitting.clock.work-list-days}, 30 by default): the same count as the work list screen.
 * For the plan reviewers (and the director): the discipline reviews still pending (108.8 E, F.1), as the "Plan reviews
 * waiting" list has them. Reads only; counts on the permit status index and the pending reviews.
 */
@ApplicationScoped
@Transactional
public class PermittingWorkList implements WorkListSection {

    /** The states of an application still waiting for the permit office: applied, in review, approved. */
    static final List<PermitStatus> WAITING =
            List.of(PermitStatus.APPLIED, PermitStatus.IN_REVIEW, PermitStatus.APPROVED);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    PermitSearch search;

    @Inject
    Settings settings;

    @Inject
    PendingReviews pendingReviews;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        List<HomeCard> cards = new ArrayList<>();
        boolean permitOffice = viewer.has(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR);
        if (permitOffice) {
            cards.add(applicationsWaiting());
        }
        // plans wait for review before an application can be issued: after the applications, before the clocks
        if (viewer.has(Roles.PLAN_REVIEWER, Roles.ADMINISTRATOR)) {
            cards.add(planReviewsWaiting(viewer));
        }
        if (permitOffice) {
            cards.add(clocksRunningOut(viewer));
        }
        return cards;
    }

    /**
     * The discipline reviews still pending (108.8 E, F.1), by discipline in words with the day the oldest plans were
     * submitted, and the oldest one's project one step away.
     */
    private HomeCard planReviewsWaiting(Viewer viewer) {
        PendingReviews.Summary summary = pendingReviews.summary();
        HomeCard card = new HomeCard(
                "permitting.plan-reviews",
                "Plan reviews waiting",
                summary.total(),
                "/permitting/plan-reviews.xhtml",
                summary.words());
        return pendingReviews
                .oldest(viewer.today())
                .map(r -> card.withNext(
                        "/permitting/project.xhtml?id=" + r.projectId() + "&tab=plans",
                        "Review the oldest: " + r.projectName() + ", "
                                + r.disciplineLabel().toLowerCase(Locale.ROOT) + " (" + r.daysWaiting()
                                + (r.daysWaiting() == 1 ? " day" : " days") + " waiting)"))
                .orElse(card);
    }

    private HomeCard applicationsWaiting() {
        Map<PermitStatus, Long> byStatus = new EnumMap<>(PermitStatus.class);
        em.createQuery(
                        "select p.status, count(p) from Permit p where p.status in :waiting group by p.status",
                        Object[].class)
                .setParameter("waiting", WAITING)
                .getResultList()
                .forEach(o -> byStatus.put((PermitStatus) o[0], ((Number) o[1]).longValue()));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new HomeCard(
                "permitting.applications",
                "Applications waiting",
                total,
                "/permitting/permits.xhtml",
                byStatus.getOrDefault(PermitStatus.APPLIED, 0L) + " applied, "
                        + byStatus.getOrDefault(PermitStatus.IN_REVIEW, 0L) + " in plan review, "
                        + byStatus.getOrDefault(PermitStatus.APPROVED, 0L) + " approved and not yet issued");
    }

    private HomeCard clocksRunningOut(Viewer viewer) {
        int days = settings.valueOn(PermittingSettings.WORK_LIST_DAYS, viewer.today());
        long count = search.count(PermitSearch.Which.CLOCKS_RUNNING_OUT, ListRequest.filtered(Map.of(), 1));
        return new HomeCard(
                "permitting.clocks",
                "Permits whose clock runs out soon",
                count,
                "/permitting/work-list.xhtml",
                "Expire or become void within " + days + " days unless work starts or goes on (108.8.1, 108.10 E)");
    }
}

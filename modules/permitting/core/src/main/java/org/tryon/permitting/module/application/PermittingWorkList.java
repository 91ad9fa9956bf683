package org.tryon.permitting.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.permits.application.PermitSearch;
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
 * Reads only; counts on the permit status index.
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

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<HomeCard> cards(Viewer viewer) {
        if (!viewer.has(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR)) {
            return List.of();
        }
        return List.of(applicationsWaiting(), clocksRunningOut(viewer));
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

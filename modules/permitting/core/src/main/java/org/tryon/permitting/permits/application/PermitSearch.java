package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.platform.lists.ListDefinition;
import org.tryon.platform.lists.ListPage;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.settings.Settings;

/**
 * Finding permits: the permits list and its one-box search (number, address, PIN,
 * contractor name or license), and the work list of clocks running out, each counted, sorted,
 * filtered and paged in the database.
 */
@ApplicationScoped
@Transactional
public class PermitSearch {

    /** Which permits. */
    public enum Which {
        /** Every permit. */
        ALL,
        /** The work list: permits whose clock runs out within the work-list days (30 by default), soonest first (108.8.1, 108.10 E). */
        CLOCKS_RUNNING_OUT
    }

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PermitClockJob clockJob;

    @Inject
    Settings settings;

    public long count(Which which, ListRequest request) {
        return definition(which).count(em, request);
    }

    public List<PermitView> rows(Which which, ListRequest request) {
        PermitClocks clocks = clockJob.clocksOn(LocalDate.now(clock));
        return definition(which)
                .rows(
                        em,
                        request,
                        permits -> permits.stream()
                                .map(p -> PermitView.of(p, clocks))
                                .toList());
    }

    public ListPage<PermitView> page(Which which, ListRequest request) {
        PermitClocks clocks = clockJob.clocksOn(LocalDate.now(clock));
        return definition(which).page(em, request, p -> PermitView.of(p, clocks));
    }

    private ListDefinition<Permit> definition(Which which) {
        if (which == Which.ALL) {
            return PermittingLists.PERMITS;
        }
        LocalDate today = LocalDate.now(clock);
        return PermittingLists.workList(
                clockJob.clocksOn(today), today.plusDays(settings.valueOn(PermittingSettings.WORK_LIST_DAYS, today)));
    }
}

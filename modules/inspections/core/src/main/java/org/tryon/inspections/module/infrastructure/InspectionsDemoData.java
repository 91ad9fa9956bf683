package org.tryon.inspections.module.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.inspections.assignment.application.Inspectors;
import org.tryon.inspections.assignment.application.SaveInspector;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Demo inspectors, loaded once (when there are none) through the real use case: the demo user
 * {@code inspector} (Ines Inspector, a combination inspector of every trade in Center City and the
 * South district) and four inspectors without logins, so that requests are assigned in every district.
 */
@ApplicationScoped
public class InspectionsDemoData {

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Inspectors inspectors;

    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || !inspectors.list().isEmpty()) {
            return;
        }
        inspectors.create(new SaveInspector(
                "inspector",
                "Ines Inspector",
                "704-555-0150",
                Set.of(Trade.values()),
                Set.of("CENTER", "SOUTH"),
                12,
                true));
        inspectors.create(new SaveInspector(
                null,
                "Marcus Bell",
                "704-555-0151",
                Set.of(Trade.BUILDING),
                Set.of("CENTER", "NORTH", "EAST"),
                10,
                true));
        inspectors.create(new SaveInspector(
                null,
                "Ana Ruiz",
                "704-555-0152",
                Set.of(Trade.ELECTRICAL),
                Set.of("CENTER", "WEST", "SOUTH"),
                12,
                true));
        inspectors.create(new SaveInspector(
                null,
                "Dev Patel",
                "704-555-0153",
                Set.of(Trade.MECHANICAL, Trade.PLUMBING),
                Set.of("CENTER", "NORTH", "EAST", "SOUTH", "WEST"),
                14,
                true));
        inspectors.create(new SaveInspector(
                null,
                "Keisha Long",
                "704-555-0154",
                Set.of(Trade.BUILDING, Trade.ELECTRICAL),
                Set.of("NORTH", "EAST", "SOUTH", "WEST"),
                10,
                true));
    }
}

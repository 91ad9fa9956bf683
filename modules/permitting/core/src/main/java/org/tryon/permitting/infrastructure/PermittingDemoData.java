package org.tryon.permitting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.permitting.api.Trade;
import org.tryon.permitting.application.ApplyForPermit;
import org.tryon.permitting.application.ContractorView;
import org.tryon.permitting.application.Contractors;
import org.tryon.permitting.application.PermitView;
import org.tryon.permitting.application.RegisterContractor;
import org.tryon.permitting.application.Permits;
import org.tryon.platform.migration.SchemaMigrated;

/** Demo contractors and permits, loaded once (when there are no contractors yet) through the real use cases. */
@ApplicationScoped
public class PermittingDemoData {

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Contractors contractors;

    @Inject
    Permits permits;

    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || !contractors.list().isEmpty()) {
            return;
        }
        ContractorView builder = contractors.register(new RegisterContractor("Queen City Builders, Inc.", "GC-71234", Trade.BUILDING));
        ContractorView electric = contractors.register(new RegisterContractor("Piedmont Electric LLC", "EL-30511", Trade.ELECTRICAL));
        contractors.register(new RegisterContractor("Catawba Plumbing Co.", "PL-22817", Trade.PLUMBING));
        contractors.register(new RegisterContractor("Mint Hill Heating & Air", "H3-10452", Trade.MECHANICAL));
        PermitView house = permits.apply(new ApplyForPermit(Trade.BUILDING, builder.id(), "700 N Tryon St", "Charlotte", "NC", "28202",
                "New single-family dwelling, 2,400 sq ft", new BigDecimal("385000.00")));
        permits.issue(house.id());
        permits.apply(new ApplyForPermit(Trade.ELECTRICAL, electric.id(), "1501 South Blvd", "Charlotte", "NC", "28203",
                "Service upgrade to 200 A", new BigDecimal("8500.00")));
    }
}

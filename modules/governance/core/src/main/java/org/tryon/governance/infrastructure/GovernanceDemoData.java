package org.tryon.governance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.governance.application.AppointMember;
import org.tryon.governance.application.Commissions;
import org.tryon.governance.application.CreateCommission;
import org.tryon.platform.migration.SchemaMigrated;

/** The BDC and the TAB with the seats the ordinance lists, and a few members; loaded once through the use cases. */
@ApplicationScoped
public class GovernanceDemoData {

    /** 107.1.1 A: one representative recommended by each organisation, and two public representatives. */
    public static final List<String> BDC_SEATS = List.of(
            "American Institute of Architects Charlotte",
            "Charlotte Apartment Association",
            "Charlotte Chamber of Commerce (Development Industry)",
            "Charlotte Chapter of American Society of Landscape Architects",
            "Charlotte Heating and Air Conditioning Contractors Association",
            "Charlotte Plumbing, Heating, Cooling Contractors Association",
            "Home Builders Association of Charlotte",
            "Master Electrical Contractors Association of North Carolina or Charlotte Area Association of Electrical Contractors",
            "Mecklenburg General Contractors Association",
            "National Association of the Remodeling Industry (NARI) of Greater Charlotte",
            "Professional Engineers of North Carolina - South Piedmont Chapter",
            "Public Representative",
            "Public Representative");

    /** 107.2.1: ten members. */
    public static final List<String> TAB_SEATS = List.of(
            "Engineer, electrical (PENC, ASHRAE or IES)",
            "Engineer, electrical (PENC, ASHRAE or IES)",
            "Engineer, mechanical/plumbing (PENC, ASHRAE or IES)",
            "Engineer, mechanical/plumbing (PENC, ASHRAE or IES)",
            "Architect (American Institute of Architects)",
            "Architect (American Institute of Architects)",
            "General contractor (AGC or Mecklenburg General Contractors Association)",
            "General contractor (AGC or Mecklenburg General Contractors Association)",
            "US Green Building Council",
            "NC University system");

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Commissions commissions;

    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || !commissions.list().isEmpty()) {
            return;
        }
        commissions.create(new CreateCommission("BDC", "Building-Development Commission", BDC_SEATS));
        commissions.create(new CreateCommission("TAB", "Technical Advisory Board", TAB_SEATS));
        commissions.appoint("BDC", 3, new AppointMember("Jordan Alvarez", LocalDate.of(2025, 8, 1), null));
        commissions.appoint("BDC", 1, new AppointMember("Morgan Lee", LocalDate.of(2024, 8, 1), null));
        commissions.appoint("TAB", 9, new AppointMember("Sam Okafor", LocalDate.of(2025, 1, 1), null));
    }
}

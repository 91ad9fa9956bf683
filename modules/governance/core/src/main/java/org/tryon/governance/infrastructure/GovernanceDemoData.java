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

    @Inject
    java.time.Clock clock;

    /** BDC members by seat (13), TAB members by seat (10): names for the demo. */
    static final List<String> BDC_NAMES = List.of("Morgan Lee", "Avery Chen", "Jordan Alvarez", "Dana Whitfield", "Reese Patel",
            "Casey Monroe", "Taylor Brooks", "Harper Nguyen", "Quinn Gallagher", "Rowan Ellis", "Parker Osei", "Skyler Moreau",
            "Emerson Hale");
    static final List<String> TAB_NAMES = List.of("Devon Park", "Blair Stevens", "Kendall Ruiz", "Sam Okafor", "Alexis Romero",
            "Jamie Lindqvist", "Cameron Doyle", "Riley Ferraro", "Logan Ibsen", "Sydney Achebe");

    /**
     * Both bodies with full rosters, relative to today so the work list always has something to
     * show: BDC terms run from August 1 (terms end on July 31), staggered over three years; one
     * BDC seat is vacant after a resignation; two TAB terms end within the 90 days, one of them a
     * member's third in a row (reappointment barred, 107.2.2).
     */
    @jakarta.transaction.Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || !commissions.list().isEmpty()) {
            return;
        }
        commissions.create(new CreateCommission("BDC", "Building-Development Commission", BDC_SEATS));
        commissions.create(new CreateCommission("TAB", "Technical Advisory Board", TAB_SEATS));
        LocalDate today = LocalDate.now(clock);
        LocalDate augustFirst = LocalDate.of(today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1, 8, 1);
        for (int i = 0; i < BDC_NAMES.size(); i++) {
            long person = person(BDC_NAMES.get(i), true);
            LocalDate start = augustFirst.minusYears(i % 3);
            if (i == 0) {
                // the first seat's member is in a second consecutive term
                appoint("BDC", i + 1, person, start.minusYears(3), "Board action " + start.minusYears(3).getYear() + "-14");
            }
            var a = appoint("BDC", i + 1, person, start, "Board action " + start.getYear() + "-" + (20 + i));
            if (i == 11) {
                commissions.endTerm(a.id(), new org.tryon.governance.application.EndTerm(today.minusDays(40),
                        org.tryon.governance.domain.Appointment.EndReason.RESIGNED));
            }
        }
        for (int i = 0; i < TAB_NAMES.size(); i++) {
            long person = person(TAB_NAMES.get(i), i != 9);
            LocalDate start = LocalDate.of(today.getYear() - i % 3, 1, 1);
            if (i == 0 || i == 1) {
                // terms ending within 90 days; the first member's third in a row
                LocalDate end = today.plusDays(i == 0 ? 25 : 60);
                start = end.plusDays(1).minusYears(3);
                if (i == 0) {
                    appoint("TAB", 1, person, start.minusYears(6), "BDC resolution " + start.minusYears(6).getYear() + "-3");
                    appoint("TAB", 1, person, start.minusYears(3), "BDC resolution " + start.minusYears(3).getYear() + "-3");
                }
            }
            appoint("TAB", i + 1, person, start, "BDC resolution " + start.getYear() + "-" + (i + 1));
        }
    }

    private long person(String name, boolean resident) {
        String mail = name.toLowerCase().replace(' ', '.') + "@example.org";
        return commissions.addPerson(new org.tryon.governance.application.PersonInput(name, mail, "704-555-0" + (100 + name.length() * 7),
                null, resident, null)).id();
    }

    private org.tryon.governance.application.CommissionView.AppointmentView appoint(String body, int seat, long person, LocalDate start,
            String note) {
        LocalDate today = LocalDate.now(clock);
        LocalDate action = start.minusDays(30).isAfter(today) ? today : start.minusDays(30);
        return commissions.appoint(body, seat, new AppointMember(person, start, null, action, note));
    }
}

package org.tryon.inspections.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

@ApplicationScoped
public class InspectionsMenu implements MenuSection {

    @Override
    public String title() {
        return "Inspections";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item(
                        "Inspection requests",
                        "/inspections/requests.xhtml",
                        "pi pi-calendar",
                        Set.of(
                                Roles.INSPECTOR,
                                Roles.PERMIT_TECHNICIAN,
                                Roles.TRADE_CODE_ADMINISTRATOR,
                                Roles.ADMINISTRATOR)),
                new Item(
                        "Day list",
                        "/inspections/day.xhtml",
                        "pi pi-list",
                        Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Department inspections",
                        "/inspections/departmental.xhtml",
                        "pi pi-eye",
                        Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR),
                        "108.10.2, 108.10.3"),
                new Item(
                        "Defect library",
                        "/inspections/defect-library.xhtml",
                        "pi pi-book",
                        Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Supervisor's board",
                        "/inspections/board.xhtml",
                        "pi pi-sitemap",
                        Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "On-time rate",
                        "/inspections/on-time.xhtml",
                        "pi pi-chart-bar",
                        Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Inspectors",
                        "/inspections/inspectors.xhtml",
                        "pi pi-users",
                        Set.of(Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "High failure rate list",
                        "/inspections/hifr.xhtml",
                        "pi pi-exclamation-triangle",
                        Set.of(
                                Roles.INSPECTOR,
                                Roles.PERMIT_TECHNICIAN,
                                Roles.TRADE_CODE_ADMINISTRATOR,
                                Roles.ADMINISTRATOR),
                        "HIFR, 108.10 F"),
                new Item(
                        "Failure reports",
                        "/inspections/failure-report.xhtml",
                        "pi pi-chart-line",
                        Set.of(
                                Roles.INSPECTOR,
                                Roles.PERMIT_TECHNICIAN,
                                Roles.TRADE_CODE_ADMINISTRATOR,
                                Roles.ADMINISTRATOR)),
                new Item(
                        "Third parties and allocations",
                        "/inspections/third-parties.xhtml",
                        "pi pi-id-card",
                        Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Outage kit",
                        "/inspections/kit.xhtml",
                        "pi pi-print",
                        Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item(
                        "Results taken on paper",
                        "/inspections/paper-results.xhtml",
                        "pi pi-upload",
                        Set.of(Roles.INSPECTOR, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                // inspectors issue stop orders and notices of defects (108.12); the others reach the list from
                // Permitting
                new Item(
                        "Stop orders and notices",
                        "/permitting/enforcement.xhtml",
                        "pi pi-ban",
                        Set.of(Roles.INSPECTOR),
                        "108.12"));
    }
}

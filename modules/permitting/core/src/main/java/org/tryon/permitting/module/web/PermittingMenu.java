package org.tryon.permitting.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

@ApplicationScoped
public class PermittingMenu implements MenuSection {

    static final Set<String> ROLES =
            Set.of(Roles.PERMIT_TECHNICIAN, Roles.PLAN_REVIEWER, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);

    /** Who reviews plans, and who oversees it: the plan reviewers' work list (issue 17). */
    static final Set<String> PLAN_REVIEW =
            Set.of(Roles.PLAN_REVIEWER, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);

    @Override
    public String title() {
        return "Permitting";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item("New application", "/permitting/intake.xhtml", "pi pi-plus", Permits.PERMIT_OFFICE),
                new Item("Permits and search", "/permitting/permits.xhtml", "pi pi-search", ROLES),
                new Item("Projects", "/permitting/projects.xhtml", "pi pi-building", ROLES),
                new Item(
                        "Plan reviews waiting",
                        "/permitting/plan-reviews.xhtml",
                        "pi pi-inbox",
                        PLAN_REVIEW,
                        "108.8 E"),
                new Item("Clocks running out", "/permitting/work-list.xhtml", "pi pi-clock", ROLES),
                new Item("Enforcement", "/permitting/enforcement.xhtml", "pi pi-ban", ROLES, "108.12"),
                new Item("Industrial machinery", "/permitting/machinery.xhtml", "pi pi-cog", ROLES, "108.10 G"),
                new Item("Contractors", "/permitting/contractors.xhtml", "pi pi-briefcase", ROLES),
                new Item("Design professionals", "/permitting/design-professionals.xhtml", "pi pi-pencil", ROLES),
                new Item("Plan rules", "/permitting/plan-rules.xhtml", "pi pi-sliders-h", ROLES, "108.8 E"));
    }
}

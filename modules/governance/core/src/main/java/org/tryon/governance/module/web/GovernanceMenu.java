package org.tryon.governance.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

@ApplicationScoped
public class GovernanceMenu implements MenuSection {

    @Override
    public String title() {
        return "Commissions";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item(
                        "BDC and TAB",
                        "/governance/commissions.xhtml",
                        "pi pi-users",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Meetings and attendance",
                        "/governance/meetings.xhtml",
                        "pi pi-calendar",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Officers and subcommittees",
                        "/governance/officers.xhtml",
                        "pi pi-id-card",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Notices and subscribers",
                        "/governance/notices.xhtml",
                        "pi pi-envelope",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Applications for seats",
                        "/governance/applications.xhtml",
                        "pi pi-user-plus",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)),
                new Item(
                        "Resolutions and certified copies",
                        "/governance/resolutions.xhtml",
                        "pi pi-verified",
                        Set.of(Roles.COMMISSION_CLERK, Roles.ADMINISTRATOR)));
    }
}

package org.tryon.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;

@ApplicationScoped
public class AdministrationMenu implements MenuSection {

    @Override
    public String title() {
        return "Administration";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<Item> items() {
        return List.of(
                new Item("Settings", "/admin/settings.xhtml", "pi pi-sliders-h", Set.of(Roles.ADMINISTRATOR)),
                new Item("Outages", "/admin/outages.xhtml", "pi pi-power-off", Set.of(Roles.ADMINISTRATOR)),
                new Item("Audit verification", "/admin/audit.xhtml", "pi pi-shield", Set.of(Roles.ADMINISTRATOR)),
                new Item("County holidays", "/calendar/holidays.xhtml", "pi pi-calendar", Set.copyOf(Roles.ALL)));
    }
}

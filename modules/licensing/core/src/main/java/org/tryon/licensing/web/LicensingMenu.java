package org.tryon.licensing.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

@ApplicationScoped
public class LicensingMenu implements MenuSection {

    @Override
    public String title() {
        return "Licensing exams";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<Item> items() {
        return List.of(new Item("Candidates", "/licensing/candidates.xhtml", "pi pi-id-card",
                Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Item statistics", "/licensing/statistics.xhtml", "pi pi-chart-bar",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}

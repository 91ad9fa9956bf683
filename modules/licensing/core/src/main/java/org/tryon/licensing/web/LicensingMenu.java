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
                new Item("Check-in and roster", "/licensing/check-in.xhtml", "pi pi-check-square",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Accommodations", "/licensing/accommodations.xhtml", "pi pi-clock",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Irregularities", "/licensing/irregularities.xhtml", "pi pi-exclamation-triangle",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}

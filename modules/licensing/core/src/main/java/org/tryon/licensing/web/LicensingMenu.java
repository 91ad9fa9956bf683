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
                new Item("Certificates", "/licensing/certificates.xhtml", "pi pi-verified", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Official actions", "/licensing/certificates-actions.xhtml", "pi pi-book", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Delegated results", "/licensing/certificates-reviews.xhtml", "pi pi-inbox", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Delegations", "/licensing/delegations.xhtml", "pi pi-share-alt", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}

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
                new Item("Exam results", "/licensing/results.xhtml", "pi pi-check-square",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Paper answer sheets", "/licensing/answer-sheets.xhtml", "pi pi-file-edit",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Challenges and appeals", "/licensing/results-challenges.xhtml", "pi pi-flag",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}

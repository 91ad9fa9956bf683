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
                new Item("Exam applications", "/licensing/applications.xhtml", "pi pi-file-check", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Exam rules", "/licensing/rules.xhtml", "pi pi-sliders-h", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("State board credentials", "/licensing/state-credentials.xhtml", "pi pi-verified",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                // the item bank (107.1.5 C): items and forms are confidential to exam administrators (ADR 0034)
                new Item("Item bank", "/licensing/items.xhtml", "pi pi-book", Set.of(Roles.EXAM_ADMINISTRATOR)),
                new Item("Exam forms", "/licensing/forms.xhtml", "pi pi-copy", Set.of(Roles.EXAM_ADMINISTRATOR)),
                new Item("Item access log", "/licensing/items-access-log.xhtml", "pi pi-eye",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Exam sessions", "/licensing/sessions.xhtml", "pi pi-calendar",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.EXAM_DELEGATE, Roles.ADMINISTRATOR)),
                new Item("Exam registrations", "/licensing/registrations.xhtml", "pi pi-ticket",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.EXAM_DELEGATE, Roles.ADMINISTRATOR)),
                new Item("Exam results", "/licensing/results.xhtml", "pi pi-check-square",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Paper answer sheets", "/licensing/answer-sheets.xhtml", "pi pi-file-edit",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Challenges and appeals", "/licensing/results-challenges.xhtml", "pi pi-flag",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Item statistics", "/licensing/statistics.xhtml", "pi pi-chart-bar",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Certificates", "/licensing/certificates.xhtml", "pi pi-verified", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Official actions", "/licensing/certificates-actions.xhtml", "pi pi-book", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Delegated results", "/licensing/certificates-reviews.xhtml", "pi pi-inbox", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Delegations", "/licensing/delegations.xhtml", "pi pi-share-alt", Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Check-in and roster", "/licensing/check-in.xhtml", "pi pi-check-square",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR, Roles.EXAM_DELEGATE)),
                new Item("Accommodations", "/licensing/accommodations.xhtml", "pi pi-clock",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)),
                new Item("Irregularities", "/licensing/irregularities.xhtml", "pi pi-exclamation-triangle",
                        Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR)));
    }
}

package org.tryon.licensing.module.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import org.tryon.platform.security.Roles;
import org.tryon.platform.web.MenuSection;

/**
 * Licensing's part of the main menu, in four sections that follow the exam's course: candidates and their eligibility
 * ("Licensing exams", the section the other sections follow), exam sessions (registration to the day of the exam), the
 * item bank, and results and certificates. Each section is its own bean (a module may contribute several).
 */
@ApplicationScoped
public class LicensingMenu implements MenuSection {

    static final Set<String> STAFF = Set.of(Roles.EXAM_ADMINISTRATOR, Roles.ADMINISTRATOR);
    static final Set<String> STAFF_AND_DELEGATE =
            Set.of(Roles.EXAM_ADMINISTRATOR, Roles.EXAM_DELEGATE, Roles.ADMINISTRATOR);

    /** Candidates and eligibility (106). */
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
        return List.of(
                new Item("Candidates", "/licensing/candidates.xhtml", "pi pi-id-card", STAFF),
                new Item("Exam applications", "/licensing/applications.xhtml", "pi pi-file-check", STAFF),
                new Item("State board credentials", "/licensing/state-credentials.xhtml", "pi pi-verified", STAFF),
                new Item("Exam rules", "/licensing/rules.xhtml", "pi pi-sliders-h", STAFF));
    }

    /** Exam sessions, from registration to the day of the exam (107.1.5 C). */
    @ApplicationScoped
    public static class Sessions implements MenuSection {

        @Override
        public String title() {
            return "Exam sessions";
        }

        @Override
        public int order() {
            return 51;
        }

        @Override
        public List<Item> items() {
            return List.of(
                    new Item("Exam sessions", "/licensing/sessions.xhtml", "pi pi-calendar", STAFF_AND_DELEGATE),
                    new Item(
                            "Exam registrations", "/licensing/registrations.xhtml", "pi pi-ticket", STAFF_AND_DELEGATE),
                    new Item("Accommodations", "/licensing/accommodations.xhtml", "pi pi-clock", STAFF),
                    new Item(
                            "Check-in and roster",
                            "/licensing/check-in.xhtml",
                            "pi pi-check-square",
                            STAFF_AND_DELEGATE),
                    new Item(
                            "Paper answer sheets",
                            "/licensing/answer-sheets.xhtml",
                            "pi pi-file-edit",
                            STAFF_AND_DELEGATE),
                    new Item("Irregularities", "/licensing/irregularities.xhtml", "pi pi-exclamation-triangle", STAFF),
                    new Item("Delegations", "/licensing/delegations.xhtml", "pi pi-share-alt", STAFF));
        }
    }

    /** The item bank (107.1.5 C): items and forms are confidential to exam administrators (ADR 0034). */
    @ApplicationScoped
    public static class ItemBank implements MenuSection {

        @Override
        public String title() {
            return "Exam item bank";
        }

        @Override
        public int order() {
            return 52;
        }

        @Override
        public List<Item> items() {
            return List.of(
                    new Item("Item bank", "/licensing/items.xhtml", "pi pi-book", Set.of(Roles.EXAM_ADMINISTRATOR)),
                    new Item("Exam forms", "/licensing/forms.xhtml", "pi pi-copy", Set.of(Roles.EXAM_ADMINISTRATOR)),
                    new Item("Item statistics", "/licensing/statistics.xhtml", "pi pi-chart-bar", STAFF),
                    new Item("Item access log", "/licensing/items-access-log.xhtml", "pi pi-eye", STAFF));
        }
    }

    /** Results, challenges and the certificates they lead to (109). */
    @ApplicationScoped
    public static class Results implements MenuSection {

        @Override
        public String title() {
            return "Exam results and certificates";
        }

        @Override
        public int order() {
            return 53;
        }

        @Override
        public List<Item> items() {
            return List.of(
                    new Item("Exam results", "/licensing/results.xhtml", "pi pi-check-square", STAFF_AND_DELEGATE),
                    new Item("Challenges and appeals", "/licensing/results-challenges.xhtml", "pi pi-flag", STAFF),
                    new Item("Delegated results", "/licensing/certificates-reviews.xhtml", "pi pi-inbox", STAFF),
                    new Item("Certificates", "/licensing/certificates.xhtml", "pi pi-verified", STAFF),
                    new Item("Official actions", "/licensing/certificates-actions.xhtml", "pi pi-book", STAFF));
        }
    }
}

package org.tryon.app.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The module rules, checked on the production classes of every module; and each rule shown to
 * fail on a class in the test sources that breaks it on purpose.
 */
class ArchitectureTest {

    static JavaClasses production;
    static JavaClasses violations;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.tryon");
        violations = new ClassFileImporter().importPackages("org.tryon.fees.web.violation", "org.tryon.inspections.domain.violation");
    }

    @Test
    void contextsMeetOnlyThroughTheirApi() {
        ArchitectureRules.contextsMeetOnlyThroughTheirApi().check(production);
    }

    @Test
    void platformKnowsNoContext() {
        ArchitectureRules.platformKnowsNoContext().check(production);
    }

    @Test
    void apiPackagesStandAlone() {
        ArchitectureRules.apiPackagesStandAlone().check(production);
    }

    @Test
    void noCyclesBetweenModules() {
        ArchitectureRules.noCyclesBetweenModules().check(production);
    }

    @Test
    void facesOnlyInWeb() {
        ArchitectureRules.facesOnlyInWeb().check(production);
    }

    @Test
    void domainKnowsNoWeb() {
        ArchitectureRules.domainKnowsNoWeb().check(production);
    }

    @Test
    void layersPointInward() {
        ArchitectureRules.layersPointInward().check(production);
    }

    @Test
    @DisplayName("REST: no root resource hides another: a class-level path that extends another's and ends in a template ({id}) "
            + "takes all the other's sub-paths (Jersey prefers more literal characters), which then answer 404")
    void rootResourcesDoNotShadowEachOther() {
        java.util.Map<String, String> paths = new java.util.TreeMap<>();
        production.stream().filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .forEach(c -> paths.put(c.getName(), c.getAnnotationOfType(jakarta.ws.rs.Path.class).value()));
        org.assertj.core.api.Assertions.assertThat(paths).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(shadowing(paths)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(shadowing(java.util.Map.of("Permits", "projects", "Fees", "projects/{projectId}")))
                .containsExactly("Fees (projects/{projectId}) and Permits (projects)");
        org.assertj.core.api.Assertions.assertThat(shadowing(java.util.Map.of("A", "", "B", "", "C", "accounts", "D", "projects",
                "E", "projects/{projectId}/certificates"))).isEmpty();
    }

    /**
     * Pairs of root resources whose paths differ, start with the same segment, and of which the longer ends
     * in a template: every request under the shorter also matches the longer, which Jersey prefers.
     */
    static java.util.List<String> shadowing(java.util.Map<String, String> paths) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.List<java.util.Map.Entry<String, String>> all = new java.util.ArrayList<>(new java.util.TreeMap<>(paths).entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String p = all.get(i).getValue().replaceAll("^/+|/+$", "");
                String q = all.get(j).getValue().replaceAll("^/+|/+$", "");
                String longer = p.length() >= q.length() ? p : q;
                if (!p.isEmpty() && !q.isEmpty() && !p.equals(q) && p.split("/")[0].equals(q.split("/")[0]) && longer.endsWith("}")) {
                    found.add(all.get(i).getKey() + " (" + p + ") and " + all.get(j).getKey() + " (" + q + ")");
                }
            }
        }
        return found;
    }

    @Test
    @DisplayName("each rule fails on a class that breaks it on purpose")
    void everyRuleCanFail() {
        assertThatThrownBy(() -> ArchitectureRules.contextsMeetOnlyThroughTheirApi().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.tryon.permitting.permits.domain.Permit");
        assertThatThrownBy(() -> ArchitectureRules.domainKnowsNoWeb().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.ws.rs");
        assertThatThrownBy(() -> ArchitectureRules.facesOnlyInWeb().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.faces");
        assertThatThrownBy(() -> ArchitectureRules.noCyclesBetweenModules().check(
                new ClassFileImporter().importPackages("org.tryon.fees.web.violation", "org.tryon.permitting.web.violation",
                        "org.tryon.permitting.permits.domain", "org.tryon.fees.domain")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> ArchitectureRules.layersPointInward().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("InspectionRequests");
    }
}

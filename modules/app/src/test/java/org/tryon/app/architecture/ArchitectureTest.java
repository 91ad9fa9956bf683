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
    @DisplayName("each rule fails on a class that breaks it on purpose")
    void everyRuleCanFail() {
        assertThatThrownBy(() -> ArchitectureRules.contextsMeetOnlyThroughTheirApi().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("org.tryon.permitting.domain.Permit");
        assertThatThrownBy(() -> ArchitectureRules.domainKnowsNoWeb().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.ws.rs");
        assertThatThrownBy(() -> ArchitectureRules.facesOnlyInWeb().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("jakarta.faces");
        assertThatThrownBy(() -> ArchitectureRules.noCyclesBetweenModules().check(
                new ClassFileImporter().importPackages("org.tryon.fees.web.violation", "org.tryon.permitting.web.violation",
                        "org.tryon.permitting.domain", "org.tryon.fees.domain")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("cycle");
        assertThatThrownBy(() -> ArchitectureRules.layersPointInward().check(violations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("InspectionRequests");
    }
}

package org.tryon.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.Convertible;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The module rules, checked on the production classes of every module; and each rule shown to
 * fail on a class in the test sources that breaks it on purpose.
 */
class ArchitectureTest {

    static JavaClasses production;
    static JavaClasses violations;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tryon");
        violations = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/violation/"))
                .importPackages("org.tryon");
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
    void webUsesNoInfrastructure() {
        ArchitectureRules.webUsesNoInfrastructure().check(production);
    }

    /** Fails until fees-api stops naming permitting-api's {@code Trade} and {@code PermitHolder} (ADR 0040). */
    @Test
    void apisUseNoOtherApi() {
        ArchitectureRules.apisUseNoOtherApi().check(production);
    }

    /** ADR 0045: ids cross module boundaries typed. */
    @Test
    void apisCarryNoRawIds() {
        ArchitectureRules.apisCarryNoRawIds().check(production);
    }

    @Test
    @DisplayName("ADR 0045: every typed id is a record written and read by IdentityJson, so JSON keeps a plain number")
    void everyIdentityIsAPlainNumberInJson() {
        List<String> ids = production.stream()
                .filter(c -> c.isAssignableTo(org.tryon.platform.kernel.Identity.class) && !c.isInterface())
                .map(c -> c.getName())
                .toList();
        assertThat(ids).contains("org.tryon.platform.kernel.PermitId", "org.tryon.governance.api.MeetingId");
        List<String> wrong = production.stream()
                .filter(c -> c.isAssignableTo(org.tryon.platform.kernel.Identity.class) && !c.isInterface())
                .filter(c -> !c.isRecord()
                        || !c.isAnnotatedWith(jakarta.json.bind.annotation.JsonbTypeSerializer.class)
                        || !c.isAnnotatedWith(jakarta.json.bind.annotation.JsonbTypeDeserializer.class)
                        || c.getAnnotationOfType(jakarta.json.bind.annotation.JsonbTypeSerializer.class)
                                        .value()
                                != org.tryon.platform.kernel.IdentityJson.class
                        || c.getAnnotationOfType(jakarta.json.bind.annotation.JsonbTypeDeserializer.class)
                                        .value()
                                != org.tryon.platform.kernel.IdentityJson.class)
                .map(c -> c.getName())
                .toList();
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName(
            "REST: no root resource hides another: a class-level path that extends another's and ends in a template ({id}) "
                    + "takes all the other's sub-paths (Jersey prefers more literal characters), which then answer 404")
    void rootResourcesDoNotShadowEachOther() {
        java.util.Map<String, String> paths = new java.util.TreeMap<>();
        production.stream()
                .filter(c -> c.isAnnotatedWith(jakarta.ws.rs.Path.class))
                .forEach(c -> paths.put(
                        c.getName(),
                        c.getAnnotationOfType(jakarta.ws.rs.Path.class).value()));
        org.assertj.core.api.Assertions.assertThat(paths).isNotEmpty();
        org.assertj.core.api.Assertions.assertThat(shadowing(paths)).isEmpty();
        org.assertj.core.api.Assertions.assertThat(
                        shadowing(java.util.Map.of("Permits", "projects", "Fees", "projects/{projectId}")))
                .containsExactly("Fees (projects/{projectId}) and Permits (projects)");
        org.assertj.core.api.Assertions.assertThat(shadowing(java.util.Map.of(
                        "A", "", "B", "", "C", "accounts", "D", "projects", "E", "projects/{projectId}/certificates")))
                .isEmpty();
    }

    /**
     * Pairs of root resources whose paths differ, start with the same segment, and of which the longer ends
     * in a template: every request under the shorter also matches the longer, which Jersey prefers.
     */
    static java.util.List<String> shadowing(java.util.Map<String, String> paths) {
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.List<java.util.Map.Entry<String, String>> all =
                new java.util.ArrayList<>(new java.util.TreeMap<>(paths).entrySet());
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                String p = all.get(i).getValue().replaceAll("^/+|/+$", "");
                String q = all.get(j).getValue().replaceAll("^/+|/+$", "");
                String longer = p.length() >= q.length() ? p : q;
                if (!p.isEmpty()
                        && !q.isEmpty()
                        && !p.equals(q)
                        && p.split("/")[0].equals(q.split("/")[0])
                        && longer.endsWith("}")) {
                    found.add(all.get(i).getKey() + " (" + p + ") and "
                            + all.get(j).getKey() + " (" + q + ")");
                }
            }
        }
        return found;
    }

    /** Each rule with the fixtures (classes in a {@code violation} package of these test sources) that break it. */
    static Stream<Arguments> rulesAndTheirFixtures() {
        return Stream.of(
                Arguments.of(
                        "contextsMeetOnlyThroughTheirApi",
                        ArchitectureRules.contextsMeetOnlyThroughTheirApi(),
                        Set.of(
                                "org.tryon.fees.web.violation.ReachesIntoPermitting",
                                "org.tryon.permitting.web.violation.ReachesIntoFees")),
                Arguments.of(
                        "platformKnowsNoContext",
                        ArchitectureRules.platformKnowsNoContext(),
                        Set.of("org.tryon.platform.violation.PlatformUsesAContext")),
                Arguments.of(
                        "apiPackagesStandAlone",
                        ArchitectureRules.apiPackagesStandAlone(),
                        Set.of("org.tryon.inspections.api.violation.ApiReachesIntoItsCore")),
                Arguments.of(
                        "apisUseNoOtherApi",
                        ArchitectureRules.apisUseNoOtherApi(),
                        Set.of("org.tryon.fees.api.violation.ApiUsesAnotherApi")),
                Arguments.of(
                        "apisCarryNoRawIds",
                        ArchitectureRules.apisCarryNoRawIds(),
                        Set.of(
                                "org.tryon.inspections.api.violation.RawIdsInAnApi$Requested",
                                "org.tryon.inspections.api.violation.RawIdsInAnApi$Queries")),
                Arguments.of(
                        "noCyclesBetweenModules",
                        ArchitectureRules.noCyclesBetweenModules(),
                        Set.of(
                                "org.tryon.fees.web.violation.ReachesIntoPermitting",
                                "org.tryon.permitting.web.violation.ReachesIntoFees")),
                Arguments.of(
                        "facesOnlyInWeb",
                        ArchitectureRules.facesOnlyInWeb(),
                        Set.of("org.tryon.inspections.domain.violation.DomainWithWebAndLayers")),
                Arguments.of(
                        "domainKnowsNoWeb",
                        ArchitectureRules.domainKnowsNoWeb(),
                        Set.of("org.tryon.inspections.domain.violation.DomainWithWebAndLayers")),
                Arguments.of(
                        "layersPointInward",
                        ArchitectureRules.layersPointInward(),
                        Set.of(
                                "org.tryon.inspections.domain.violation.DomainWithWebAndLayers",
                                "org.tryon.permitting.example.domain.violation.FeatureDomainUsesApplication",
                                "org.tryon.permitting.example.application.violation.FeatureApplicationUsesWeb")),
                Arguments.of(
                        "webUsesNoInfrastructure",
                        ArchitectureRules.webUsesNoInfrastructure(),
                        Set.of(
                                "org.tryon.fees.web.violation.WebUsesInfrastructure",
                                "org.tryon.permitting.example.web.violation.FeatureWebUsesInfrastructure")));
    }

    @ParameterizedTest(name = "{0} fails on exactly its fixtures {2}")
    @MethodSource("rulesAndTheirFixtures")
    @DisplayName("each rule fails on the classes that break it on purpose, and on no other fixture")
    void everyRuleCanFail(String name, ArchRule rule, Set<String> fixtures) {
        assertThat(violatingClasses(rule, violations)).as(name).isEqualTo(fixtures);
    }

    @Test
    @DisplayName("every rule of ArchitectureRules has its fixtures above")
    void everyRuleHasFixtures() {
        Set<String> rules = Arrays.stream(ArchitectureRules.class.getDeclaredMethods())
                .filter(m -> Modifier.isStatic(m.getModifiers())
                        && m.getReturnType() == ArchRule.class
                        && m.getParameterCount() == 0)
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> proven =
                rulesAndTheirFixtures().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new));
        assertThat(proven).isEqualTo(rules);
    }

    @Test
    @DisplayName("a rule over packages that no longer exist fails: no rule allows an empty should")
    void aRuleOverNoClassesFails() {
        JavaClasses platformOnly = new ClassFileImporter().importPackages("org.tryon.platform.violation");
        assertThatThrownBy(() -> ArchitectureRules.webUsesNoInfrastructure().check(platformOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> ArchitectureRules.layersPointInward().check(platformOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
    }

    @Test
    @DisplayName("the layer patterns match layer-first and feature-first packages alike")
    void layerPatternsMatchBothShapes() {
        assertThat(violatingClasses(ArchitectureRules.webUsesNoInfrastructure(), violations))
                .contains(
                        "org.tryon.fees.web.violation.WebUsesInfrastructure",
                        "org.tryon.permitting.example.web.violation.FeatureWebUsesInfrastructure");
        assertThat(ArchitectureRules.contextOf(
                        violations.get("org.tryon.permitting.example.web.violation.FeatureWebUsesInfrastructure")))
                .contains("permitting");
    }

    /** The classes named as the origin of a violation of the rule (for a cycle, of each dependency in it). */
    static Set<String> violatingClasses(ArchRule rule, JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        List<String> unexplained = new ArrayList<>();
        EvaluationResult result = rule.evaluate(classes);
        result.handleViolations((Collection<Object> objects, String message) -> {
            for (Object object : objects) {
                if (object instanceof JavaMember member) {
                    found.add(member.getOwner().getName());
                    continue;
                }
                Set<Dependency> dependencies =
                        object instanceof Convertible convertible ? convertible.convertTo(Dependency.class) : Set.of();
                if (dependencies.isEmpty()) {
                    unexplained.add(message);
                }
                dependencies.forEach(d -> found.add(d.getOriginClass().getName()));
            }
        });
        assertThat(unexplained).as("violations that name no dependency").isEmpty();
        assertThat(result.hasViolation()).isEqualTo(!found.isEmpty());
        return found;
    }
}

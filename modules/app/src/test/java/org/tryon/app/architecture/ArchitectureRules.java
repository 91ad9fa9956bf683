package org.tryon.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.List;

/** The rules of the modular monolith, kept apart from the tests so a test can prove that each one can fail. */
final class ArchitectureRules {

    static final List<String> CONTEXTS = List.of("permitting", "fees", "inspections", "governance", "licensing");

    private ArchitectureRules() {
    }

    /** A context uses another only through that context's {@code api} package. */
    static ArchRule contextsMeetOnlyThroughTheirApi() {
        List<ArchRule> rules = new ArrayList<>();
        for (String context : CONTEXTS) {
            for (String other : CONTEXTS) {
                if (!other.equals(context)) {
                    rules.add(noClasses().that().resideInAPackage("org.tryon." + context + "..")
                            .should().dependOnClassesThat(internalOf(other))
                            .as(context + " uses " + other + " only through org.tryon." + other + ".api")
                            .allowEmptyShould(true));
                }
            }
        }
        return CompositeArchRule.of(rules).as("contexts meet only through their api packages");
    }

    private static DescribedPredicate<JavaClass> internalOf(String context) {
        return DescribedPredicate.describe("internals of " + context,
                c -> c.getPackageName().startsWith("org.tryon." + context + ".") && !c.getPackageName().startsWith("org.tryon." + context + ".api"));
    }

    /** The platform is the kernel: it knows no context. */
    static ArchRule platformKnowsNoContext() {
        return noClasses().that().resideInAPackage("org.tryon.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(CONTEXTS.stream().map(c -> "org.tryon." + c + "..").toArray(String[]::new));
    }

    /** An api package holds events, query interfaces and DTOs: it depends on no module's internals, not even its own. */
    static ArchRule apiPackagesStandAlone() {
        return classes().that().resideInAPackage("org.tryon.*.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("org.tryon.*.api..", "org.tryon.platform.events..",
                        "org.tryon.platform.money..", "java..", "jakarta.validation..");
    }

    /**
     * The module graph is a DAG. A context's api is a module of its own (as in Maven), so
     * permitting may ask fees' api while fees listens to permitting's api.
     */
    static ArchRule noCyclesBetweenModules() {
        return slices().assignedFrom(MAVEN_MODULES).should().beFreeOfCycles();
    }

    private static final com.tngtech.archunit.library.dependencies.SliceAssignment MAVEN_MODULES =
            new com.tngtech.archunit.library.dependencies.SliceAssignment() {
                @Override
                public com.tngtech.archunit.library.dependencies.SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                    String pkg = javaClass.getPackageName();
                    if (!pkg.startsWith("org.tryon.")) {
                        return com.tngtech.archunit.library.dependencies.SliceIdentifier.ignore();
                    }
                    String[] parts = pkg.split("\\.");
                    String module = parts.length > 2 ? parts[2] : "root";
                    boolean api = parts.length > 3 && parts[3].equals("api");
                    return com.tngtech.archunit.library.dependencies.SliceIdentifier.of(module + (api ? "-api" : ""));
                }

                @Override
                public String getDescription() {
                    return "Maven modules (a context's api apart from its core)";
                }
            };

    /** Faces and PrimeFaces only in web packages. */
    static ArchRule facesOnlyInWeb() {
        return noClasses().that().resideOutsideOfPackage("..web..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .as("Faces and PrimeFaces are used only in web packages");
    }

    /** The domain is plain: no Faces, no JAX-RS, no servlet. */
    static ArchRule domainKnowsNoWeb() {
        return noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..", "jakarta.servlet..");
    }

    /** Inside a context: web → application → domain; never the other way. */
    static ArchRule layersPointInward() {
        return CompositeArchRule.of(
                noClasses().that().resideInAPackage("org.tryon.*.domain..")
                        .should().dependOnClassesThat().resideInAnyPackage("org.tryon.*.application..", "org.tryon.*.web..",
                                "org.tryon.*.infrastructure..").allowEmptyShould(true))
                .and(noClasses().that().resideInAPackage("org.tryon.*.application..")
                        .should().dependOnClassesThat().resideInAPackage("org.tryon.*.web..").allowEmptyShould(true))
                .as("layers point inward: web, then application, then domain");
    }
}

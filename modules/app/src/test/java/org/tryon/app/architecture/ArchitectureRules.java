package org.tryon.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;

/**
 * The rules of the modular monolith, kept apart from the tests so a test can prove that each one can fail.
 *
 * <p>The package patterns match both shapes a package may have: feature first, as every context is
 * ({@code org.tryon.permitting.<feature>.web..}), and layer first, as some violation fixtures are
 * ({@code org.tryon.fees.web.violation}): a layer is any package of that name below {@code org.tryon}. No rule allows an empty "should": a rule whose packages no longer exist fails (ArchUnit's
 * default {@code failOnEmptyShould}), so a renamed package cannot let it pass unseen.
 */
final class ArchitectureRules {

    static final List<String> CONTEXTS = List.of("permitting", "fees", "inspections", "governance", "licensing");

    /**
     * Where an api package may reach besides java and bean validation: the kernel's shared types, and the JSON-B
     * annotations that keep a typed id a plain number in JSON (ADR 0045).
     */
    static final String[] PLATFORM_TYPES_FOR_APIS = {
        "org.tryon.platform.events..",
        "org.tryon.platform.money..",
        "org.tryon.platform.kernel..",
        "jakarta.json.bind.annotation.."
    };

    private static final String DOMAIN = "org.tryon..domain..";
    private static final String APPLICATION = "org.tryon..application..";
    private static final String INFRASTRUCTURE = "org.tryon..infrastructure..";
    private static final String WEB = "org.tryon..web..";

    private ArchitectureRules() {}

    /** The context a class belongs to ({@code org.tryon.<context>...}), if any. */
    static Optional<String> contextOf(JavaClass javaClass) {
        String pkg = javaClass.getPackageName() + ".";
        return CONTEXTS.stream()
                .filter(c -> pkg.startsWith("org.tryon." + c + "."))
                .findFirst();
    }

    private static boolean inApi(JavaClass javaClass, String context) {
        return (javaClass.getPackageName() + ".").startsWith("org.tryon." + context + ".api.");
    }

    /** A context uses another only through that context's {@code api} package. */
    static ArchRule contextsMeetOnlyThroughTheirApi() {
        return classes()
                .that()
                .resideInAnyPackage(
                        CONTEXTS.stream().map(c -> "org.tryon." + c + "..").toArray(String[]::new))
                .should(useOtherContexts(
                        (context, target) -> !inApi(target, context), "only through their api packages"))
                .as("contexts meet only through their api packages");
    }

    /** An api package names no type of another context's api: apis depend only on the platform (ADR 0001). */
    static ArchRule apisUseNoOtherApi() {
        return classes()
                .that()
                .resideInAPackage("org.tryon.*.api..")
                .should(useOtherContexts(
                        (context, target) -> inApi(target, context), "not through their api packages either"))
                .as("an api package uses no other context's api package");
    }

    /**
     * ADR 0045: ids cross module boundaries typed ({@code PermitId}, {@code ProjectId}, ...), so a permit's id cannot be
     * passed where a project's belongs: no field (a record's component) of an api class and no parameter of an api
     * method named {@code *Id} is a raw {@code long} or {@code Long}, nor one named {@code *Ids} a list of them.
     * Parameter names come from the class files ({@code -parameters}); an id whose kind varies is named {@code id}
     * (PermitParties.Party's).
     */
    static ArchRule apisCarryNoRawIds() {
        return classes()
                .that()
                .resideInAPackage("org.tryon.*.api..")
                .should(new ArchCondition<>("carry no raw long or Long named *Id") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (JavaField field : origin.getFields()) {
                            if (!field.getModifiers().contains(JavaModifier.STATIC)
                                    && rawId(field.getName(), field.reflect().getGenericType())) {
                                events.add(SimpleConditionEvent.violated(
                                        field,
                                        field.getFullName() + " is a raw "
                                                + field.getRawType().getSimpleName()));
                            }
                        }
                        for (JavaMethod method : origin.getMethods()) {
                            java.lang.reflect.Method reflected = method.reflect();
                            for (java.lang.reflect.Parameter p : reflected.getParameters()) {
                                if (!reflected.isSynthetic() && rawId(p.getName(), p.getParameterizedType())) {
                                    events.add(SimpleConditionEvent.violated(
                                            method, method.getFullName() + " takes a raw " + p.getName()));
                                }
                            }
                        }
                    }
                })
                .as("api records and api methods carry no raw long or Long named *Id");
    }

    /** A {@code long}/{@code Long} named {@code *Id}, or a collection of {@code Long} named {@code *Ids}. */
    static boolean rawId(String name, java.lang.reflect.Type type) {
        if (name.endsWith("Id")) {
            return type == long.class || type == Long.class;
        }
        return name.endsWith("Ids")
                && type instanceof java.lang.reflect.ParameterizedType list
                && list.getActualTypeArguments().length == 1
                && list.getActualTypeArguments()[0] == Long.class;
    }

    /** A dependency on another context's class is a violation when {@code forbidden(thatContext, target)} holds. */
    private static ArchCondition<JavaClass> useOtherContexts(BiPredicate<String, JavaClass> forbidden, String how) {
        return new ArchCondition<>("use other contexts " + how) {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = contextOf(origin).orElseThrow();
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = contextOf(target);
                    if (other.isPresent() && !other.get().equals(own) && forbidden.test(other.get(), target)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** The platform is the kernel: it knows no context. */
    static ArchRule platformKnowsNoContext() {
        return noClasses()
                .that()
                .resideInAPackage("org.tryon.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        CONTEXTS.stream().map(c -> "org.tryon." + c + "..").toArray(String[]::new));
    }

    /** An api package holds events, query interfaces and DTOs: it depends on no module's internals, not even its own. */
    static ArchRule apiPackagesStandAlone() {
        List<String> allowed =
                new java.util.ArrayList<>(List.of("org.tryon.*.api..", "java..", "jakarta.validation.."));
        allowed.addAll(List.of(PLATFORM_TYPES_FOR_APIS));
        return classes()
                .that()
                .resideInAPackage("org.tryon.*.api..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(allowed.toArray(String[]::new));
    }

    /**
     * The module graph is a DAG. A context's api is a module of its own (as in Maven), so
     * permitting may ask fees' api while fees listens to permitting's api.
     */
    static ArchRule noCyclesBetweenModules() {
        return slices().assignedFrom(MAVEN_MODULES).should().beFreeOfCycles();
    }

    private static final SliceAssignment MAVEN_MODULES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith("org.tryon.")) {
                return SliceIdentifier.ignore();
            }
            String[] parts = pkg.split("\\.");
            String module = parts.length > 2 ? parts[2] : "root";
            boolean api = parts.length > 3 && parts[3].equals("api");
            return SliceIdentifier.of(module + (api ? "-api" : ""));
        }

        @Override
        public String getDescription() {
            return "Maven modules (a context's api apart from its core)";
        }
    };

    /** Faces and PrimeFaces only in web packages. */
    static ArchRule facesOnlyInWeb() {
        return noClasses()
                .that()
                .resideInAPackage("org.tryon..")
                .and()
                .resideOutsideOfPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..")
                .as("Faces and PrimeFaces are used only in web packages");
    }

    /** The domain is plain: no Faces, no JAX-RS, no servlet. */
    static ArchRule domainKnowsNoWeb() {
        return noClasses()
                .that()
                .resideInAPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.faces..", "org.primefaces..", "jakarta.ws.rs..", "jakarta.servlet..");
    }

    /** Inside a context: web → application → domain; never the other way. */
    static ArchRule layersPointInward() {
        return CompositeArchRule.of(noClasses()
                        .that()
                        .resideInAPackage(DOMAIN)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(APPLICATION, WEB, INFRASTRUCTURE))
                .and(noClasses()
                        .that()
                        .resideInAPackage(APPLICATION)
                        .should()
                        .dependOnClassesThat()
                        .resideInAPackage(WEB))
                .as("layers point inward: web, then application, then domain");
    }

    /** Screens and resources call the application; schema registration, demo data and adapters stay behind it. */
    static ArchRule webUsesNoInfrastructure() {
        return noClasses()
                .that()
                .resideInAPackage(WEB)
                .should()
                .dependOnClassesThat()
                .resideInAPackage(INFRASTRUCTURE)
                .as("web packages use no infrastructure package");
    }
}

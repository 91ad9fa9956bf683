package org.tryon.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A read stays a read (ADR 0040): the classes that answer other modules' questions (the api's {@code *Queries}
 * interfaces and the query-style {@code ProjectPermits}, {@code PermitParties}, {@code ContractorContacts}) never write:
 * no {@code EntityManager.persist/merge/remove/flush}, no {@code Query.executeUpdate}, no CDI {@code Event.fire*}
 * (which covers the platform's {@code EventPublisher}), neither in their own methods nor in any method of Tryon's they
 * call, however deep. Calls through an interface (another module's api, the settings) are not followed: their
 * implementations are checked where they are. Shown to fail on {@code WritingFeeQueries}, a class of the test sources
 * that writes on purpose.
 */
class QueriesNeverWriteTest {

    /** Api interfaces that answer questions without the {@code Queries} suffix. {@code ExamFeePayments} is a command. */
    static final Set<String> QUERY_STYLE = Set.of("ProjectPermits", "PermitParties", "ContractorContacts");

    /** What writes: the owner's type and the methods of it that write. */
    static final Map<String, Set<String>> WRITES = Map.of(
            "jakarta.persistence.EntityManager", Set.of("persist", "merge", "remove", "flush"),
            "jakarta.persistence.Query", Set.of("executeUpdate"),
            "jakarta.persistence.TypedQuery", Set.of("executeUpdate"),
            "jakarta.persistence.StoredProcedureQuery", Set.of("executeUpdate"),
            "jakarta.enterprise.event.Event", Set.of("fire", "fireAsync"));

    static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tryon");
    }

    static final DescribedPredicate<JavaClass> ANSWER_QUERIES =
            new DescribedPredicate<>(
                    "implement an api query interface (*Queries, " + String.join(", ", QUERY_STYLE) + ")") {
                @Override
                public boolean test(JavaClass c) {
                    return !c.isInterface()
                            && c.getAllRawInterfaces().stream().anyMatch(QueriesNeverWriteTest::isQueryInterface);
                }
            };

    static boolean isQueryInterface(JavaClass i) {
        return i.getPackageName().matches("org\\.tryon\\.\\w+\\.api")
                && (i.getSimpleName().endsWith("Queries") || QUERY_STYLE.contains(i.getSimpleName()));
    }

    static final ArchCondition<JavaClass> NEVER_WRITE =
            new ArchCondition<>(
                    "never write (EntityManager.persist/merge/remove/flush, Query.executeUpdate, Event.fire*), directly or in a method they call") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (JavaCodeUnit unit : c.getCodeUnits()) {
                        writePath(unit, new HashSet<>())
                                .ifPresent(path -> events.add(SimpleConditionEvent.violated(
                                        c,
                                        c.getName() + "." + unit.getName() + " writes: " + String.join(" -> ", path))));
                    }
                }
            };

    static ArchRule queriesNeverWrite() {
        return classes()
                .that(ANSWER_QUERIES)
                .should(NEVER_WRITE)
                .because(
                        "a question another module asks (a GET behind it) must not change what it reads; a module writes in its "
                                + "own reaction to events (ADR 0040)");
    }

    /** The calls from {@code unit} that end in a write, or empty; follows Tryon's own concrete methods. */
    static Optional<List<String>> writePath(JavaCodeUnit unit, Set<String> visited) {
        if (!visited.add(unit.getFullName())) {
            return Optional.empty();
        }
        List<JavaCodeUnit> scanned = new ArrayList<>();
        scanned.add(unit);
        // a lambda's body, should the importer keep it apart from the method that declares it
        unit.getOwner().getCodeUnits().stream()
                .filter(u -> u.getName().startsWith("lambda$" + unit.getName() + "$"))
                .forEach(scanned::add);
        for (JavaCodeUnit from : scanned) {
            for (JavaCall<?> call : from.getCallsFromSelf()) {
                String owner = call.getTarget().getOwner().getName();
                String name = call.getTarget().getName();
                String step =
                        call.getTarget().getOwner().getSimpleName() + "." + name + " " + call.getSourceCodeLocation();
                if (WRITES.getOrDefault(owner, Set.of()).contains(name)) {
                    return Optional.of(List.of(step));
                }
                if (!owner.startsWith("org.tryon.")) {
                    continue;
                }
                Optional<? extends JavaCodeUnit> target = call.getTarget().resolveMember();
                if (target.isPresent()) {
                    Optional<List<String>> deeper = writePath(target.get(), visited);
                    if (deeper.isPresent()) {
                        LinkedList<String> path = new LinkedList<>(deeper.get());
                        path.addFirst(step);
                        return Optional.of(path);
                    }
                }
            }
        }
        return Optional.empty();
    }

    @Test
    @DisplayName(
            "the implementations of the api's query interfaces never write, nor does anything of Tryon's they call")
    void queryImplementationsNeverWrite() {
        assertThat(production.stream().filter(ANSWER_QUERIES::test).map(JavaClass::getSimpleName))
                .as("every query interface answered by an adapter of its own")
                .contains(
                        "FeeQueriesAdapter",
                        "InspectionQueriesAdapter",
                        "ContractorContactsAdapter",
                        "ProjectPermitsQuery",
                        "PermitPartiesQuery");
        queriesNeverWrite().check(production);
    }

    @Test
    @DisplayName(
            "the rule fails on a query implementation that posts (two calls down), fires an event and runs an update")
    void ruleCanFail() {
        JavaClasses violations = new ClassFileImporter().importPackages("org.tryon.fees.application.violation");
        assertThatThrownBy(() -> queriesNeverWrite().check(violations))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("WritingFeeQueries.unsettledBeforeCertificate writes")
                .hasMessageContaining("Poster.post")
                .hasMessageContaining("EntityManager.persist")
                .hasMessageContaining("WritingFeeQueries.feesForPermit writes: Event.fire")
                .hasMessageContaining("WritingFeeQueries.permitFeeQuote writes: Query.executeUpdate");
    }
}

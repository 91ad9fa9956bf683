package org.tryon.licensing.eligibility.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.eligibility.application.Eligibility;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityCommands.AddExperience;
import org.tryon.licensing.eligibility.application.EligibilityCommands.AddReference;
import org.tryon.licensing.eligibility.application.EligibilityViews.ApplicationView;
import org.tryon.licensing.eligibility.application.StateCredentials;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * The demo's exam applications (106; only with {@code tryon.demo=true}, loaded once): a journeyman electrician with two
 * overlapping jobs, verified and eligible; one awaiting checks; one refused at 47 months; a homeowner eligible at once; and a
 * state board credential of the electrician's supervisor.
 */
@ApplicationScoped
public class EligibilityDemoData {

    /** The demo's eligible journeyman electrician. */
    public static final String ELIGIBLE_ELECTRICIAN = "Dana Ortiz";

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Eligibility eligibility;

    @Inject
    StateCredentials credentials;

    @Inject
    Clock clock;

    @jakarta.transaction.Transactional
    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 500) SchemaMigrated migrated) {
        if (!demo
                || !em.createNativeQuery("select id from lic_application where reference is not null")
                        .setMaxResults(1)
                        .getResultList()
                        .isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusYears(5).withDayOfMonth(1);
        ApplicationView dana = eligibility.enter(apply(
                ELIGIBLE_ELECTRICIAN,
                "dana.ortiz@example.org",
                "JOURNEYMAN-ELECTRICIAN",
                List.of(
                        new AddExperience(
                                "Queen City Electric",
                                "Luis Moreno",
                                "JE-40417",
                                start,
                                start.plusMonths(30).minusDays(1),
                                40),
                        new AddExperience(
                                "Piedmont Power Services",
                                "Grace Kim",
                                "U.12345",
                                start.plusMonths(24),
                                start.plusMonths(50).minusDays(1),
                                40)),
                List.of(new AddReference("Luis Moreno", "704-555-0142", "supervisor at Queen City Electric"))));
        dana.experience().forEach(x -> eligibility.checkExperience(dana.id(), x.id(), true, null));
        dana.references().forEach(r -> eligibility.checkReference(dana.id(), r.id(), true, null));
        eligibility.decide(dana.id());

        ApplicationView sam = eligibility.enter(apply(
                "Sam Whitfield",
                "sam.whitfield@example.org",
                "JOURNEYMAN-ELECTRICIAN",
                List.of(
                        new AddExperience(
                                "Carolina Wiring Co.",
                                "Ann Patel",
                                "JE-38810",
                                start,
                                start.plusMonths(31).minusDays(1),
                                40),
                        new AddExperience(
                                "Self-employed handyman", null, null, start.plusMonths(31), today.minusMonths(1), 30),
                        new AddExperience(
                                "Uptown Electric",
                                "Ray Burns",
                                "L.20551",
                                start.plusMonths(28),
                                start.plusMonths(47).minusDays(1),
                                40)),
                List.of()));
        sam.experience().forEach(x -> eligibility.checkExperience(sam.id(), x.id(), true, null));
        eligibility.decide(sam.id());

        eligibility.enter(apply(
                "Jordan Lee",
                "jordan.lee@example.org",
                "JOURNEYMAN-ELECTRICIAN",
                List.of(new AddExperience(
                        "Metrolina Electrical", "Pat Greene", "JE-41002", start.plusMonths(6), null, 40)),
                List.of(new AddReference("Pat Greene", "pat.greene@example.org", "foreman"))));

        eligibility.applyPublicly(
                apply("Morgan Hale", "morgan.hale@example.org", "HOMEOWNER-ELECTRICAL", List.of(), List.of()));

        credentials.record(new EligibilityCommands.RecordStateCredential(
                "NC-ELECTRICAL-CONTRACTOR",
                null,
                "Grace Kim",
                "U.12345",
                "Unlimited",
                today.plusYears(1).withMonth(12).withDayOfMonth(31),
                today,
                "The board's online license lookup"));
    }

    private static EligibilityCommands.Apply apply(
            String name, String email, String type, List<AddExperience> jobs, List<AddReference> refs) {
        return new EligibilityCommands.Apply(
                name,
                LocalDate.of(1990, 3, 14),
                "600 E Fourth St\nCharlotte, NC 28202",
                email,
                "704-555-0100",
                type,
                jobs,
                refs);
    }
}

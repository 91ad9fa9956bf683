package org.tryon.fees.adjustment.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.event.Event;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.adjustment.domain.PostedAdjustment;
import org.tryon.fees.ledger.application.Ledger;
import org.tryon.fees.module.application.FeesTestWiring;
import org.tryon.fees.schedule.application.PermitFeePosting;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.PermitStatusChanged;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.events.OutboxDelivery;
import org.tryon.platform.events.OutboxMessage;
import org.tryon.platform.events.OutboxRelay;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Re-Inspection Fee Program, ADR 0040: the adjustment is applied only by fees' reaction to permitting's durable
 * {@code PermitStatusChanged}, delivered by the platform's real outbox ({@link OutboxRelay}, {@link OutboxDelivery}) on
 * a real MariaDB. When the reaction fails, nothing of it commits; the outbox's next poll (what {@code OutboxScheduler}
 * runs every few seconds) delivers the event again without any caller, and the adjustment is posted once, as of the
 * event's day. Only the container's transactions and CDI are stood in: each delivery step runs in a transaction of its
 * own, and the event reaches fees' observer directly.
 */
class AdjustmentRetryPersistenceTest {

    static TestPersistence db;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final PermitHolder GC = PermitHolder.contractor(201, "Retry Builders");
    static final long PROJECT = 301;
    static final long PERMIT = 3011;

    /** The outbox's clock: the test moves it past the back-off. */
    Instant now = TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC);
    /** How many more times permitting's api fails to answer. */
    int failuresLeft;
    /** The entity manager of the delivery transaction running now. */
    EntityManager current;

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("fees"), "META-INF/orm-fees.xml");
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    final ProjectPermits projects = new ProjectPermits() {
        @Override
        public Optional<ProjectWithPermits> project(ProjectId projectId) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("permitting did not answer");
            }
            return Optional.of(new ProjectWithPermits(
                    new ProjectId(PROJECT),
                    "Retry project",
                    "1 Main St, Charlotte, NC 28202",
                    true,
                    Money.of(250_000),
                    List.of(new PermitOnProject(
                            new PermitId(PERMIT),
                            "B-2026-" + PERMIT,
                            Trade.BUILDING,
                            GC,
                            PermitStatus.FINALED,
                            Money.of(100_000)))));
        }

        @Override
        public Optional<ProjectId> projectOf(PermitId permitId) {
            return permitId.value() == PERMIT ? Optional.of(new ProjectId(PROJECT)) : Optional.empty();
        }
    };

    private ProjectCompletionAdjustment reaction(EntityManager em) {
        Clock clock = Clock.fixed(TODAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        CurrentUser user = new CurrentUser() {
            @Override
            public String name() {
                return CurrentUser.SYSTEM;
            }
        };
        ProjectCompletionAdjustment reaction = new ProjectCompletionAdjustment();
        reaction.projects = projects;
        // 5 failed of 20 inspections: 25 % -> +10 % of the $1,000 permit fee = $100
        reaction.adjustments = FeesTestWiring.adjustments(
                em, clock, user, FeesTestWiring.ledger(em, clock), projects, ids -> new int[] {20, 5});
        return reaction;
    }

    /** The platform's outbox delivery, each step in a transaction of its own as the container runs it (REQUIRES_NEW). */
    final class Delivery extends OutboxDelivery {
        @Override
        public List<String> due(int max) {
            return db.inTransaction(em -> {
                bind(em);
                return super.due(max);
            });
        }

        @Override
        public boolean deliver(String eventId) {
            return db.inTransaction(em -> {
                bind(em);
                try {
                    return super.deliver(eventId);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        @Override
        public void recordFailure(String eventId, Throwable error) {
            db.run(em -> {
                bind(em);
                super.recordFailure(eventId, error);
            });
        }

        private void bind(EntityManager em) {
            current = em;
            set(OutboxDelivery.class, this, "em", em);
        }
    }

    private OutboxRelay relay() {
        Delivery delivery = new Delivery();
        set(OutboxDelivery.class, delivery, "clock", new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
        // CDI's Event stood in: the delivered event reaches fees' observer inside the delivery transaction
        Event<?> events = (Event<?>) Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "select":
                            return proxy;
                        case "fire":
                            if (args[0] instanceof PermitStatusChanged changed) {
                                reaction(current).onStatusChanged(changed);
                            }
                            return null;
                        default:
                            throw new UnsupportedOperationException(method.getName());
                    }
                });
        set(OutboxDelivery.class, delivery, "events", events);
        OutboxRelay relay = new OutboxRelay();
        set(OutboxRelay.class, relay, "delivery", delivery);
        set(OutboxRelay.class, relay, "enabled", true);
        return relay;
    }

    private static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private long adjustmentPostings() {
        return db.inTransaction(em -> (Long)
                em.createQuery("select count(p) from Posting p where p.causeType = 'project' and p.causeId = :id "
                                + "and p.feeCode = 'REINSPECTION_ADJUSTMENT'")
                        .setParameter("id", String.valueOf(PROJECT))
                        .getSingleResult());
    }

    @Test
    @DisplayName(
            "Re-Inspection Fee Program: a failed reaction to the last final is retried by the outbox's poll without any caller, "
                    + "as of the event's day, and posts the adjustment once")
    void failedReactionIsRetriedByThePoll() {
        db.run(em -> {
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            Ledger ledger = FeesTestWiring.ledger(em, clock);
            ledger.charge(
                    ledger.customerAccount(GC),
                    Money.of(1000),
                    PermitFeePosting.FEE_CODE,
                    "Permit fee",
                    "permit",
                    String.valueOf(PERMIT),
                    TODAY.minusMonths(6),
                    "system");
        });
        PermitStatusChanged finaled = new PermitStatusChanged(
                UUID.randomUUID(),
                now,
                new PermitId(PERMIT),
                "B-2026-" + PERMIT,
                PermitStatus.WORK_COMMENCED,
                PermitStatus.FINALED,
                TODAY.minusDays(2),
                "final passed");
        // permitting's transaction wrote the event to the outbox (EventPublisher.publishDurably)
        db.run(em -> em.persist(new OutboxMessage(
                finaled.eventId(),
                PermitStatusChanged.class.getName(),
                JsonbBuilder.create().toJson(finaled),
                finaled.occurredAt())));
        OutboxRelay relay = relay();

        failuresLeft = 1;
        assertThat(relay.deliverDue())
                .as("the reaction fails: nothing delivered")
                .isZero();
        assertThat(adjustmentPostings())
                .as("nothing of the failed reaction commits")
                .isZero();
        OutboxMessage pending = db.inTransaction(
                em -> em.find(OutboxMessage.class, finaled.eventId().toString()));
        assertThat(pending.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(pending.getAttempts()).isEqualTo(1);
        assertThat(pending.getLastError()).contains("permitting did not answer");
        assertThat(relay.deliverDue()).as("not again before its back-off").isZero();

        now = now.plusSeconds(6);
        assertThat(relay.deliverDue())
                .as("the next poll delivers it again, no caller needed")
                .isEqualTo(1);
        assertThat(adjustmentPostings()).isEqualTo(1);
        List<PostedAdjustment> applied = db.inTransaction(
                em -> em.createQuery("select a from PostedAdjustment a where a.projectId = :p", PostedAdjustment.class)
                        .setParameter("p", PROJECT)
                        .getResultList());
        assertThat(applied).singleElement().satisfies(a -> {
            assertThat(a.getComputedOn())
                    .as("as of the day of the last final, not of the retry")
                    .isEqualTo(TODAY.minusDays(2));
            assertThat(a.getAmount()).isEqualTo(Money.of(100));
            assertThat(a.getRecordedBy()).isEqualTo(CurrentUser.SYSTEM);
        });
        assertThat(db.inTransaction(em ->
                                em.find(OutboxMessage.class, finaled.eventId().toString()))
                        .getStatus())
                .isEqualTo(OutboxMessage.Status.DELIVERED);

        now = now.plusSeconds(600);
        assertThat(relay.deliverDue()).as("delivered: nothing more to do").isZero();
        assertThat(adjustmentPostings()).as("posted once").isEqualTo(1);
    }
}

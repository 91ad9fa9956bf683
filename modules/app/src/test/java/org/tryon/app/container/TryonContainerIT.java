package org.tryon.app.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionalException;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.inspections.api.FinalInspectionPassed;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.api.InspectionRequestId;
import org.tryon.inspections.api.InspectionRequested;
import org.tryon.inspections.api.InspectionResultId;
import org.tryon.inspections.api.InspectionResultRecorded;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.api.PermitStatusChanged;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.parties.application.FileBond;
import org.tryon.permitting.parties.application.RegisterContractor;
import org.tryon.permitting.permits.application.ApplyForPermit;
import org.tryon.permitting.permits.application.CreateProject;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.permits.application.StatusChangeView;
import org.tryon.permitting.permits.domain.Dwelling;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.WorkType;
import org.tryon.permitting.plans.application.PlanSubmissionView;
import org.tryon.permitting.plans.application.RecordReview;
import org.tryon.permitting.plans.application.SubmitPlans;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.events.OutboxDelivery;
import org.tryon.platform.events.OutboxRelay;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * What only the container proves: the built WAR deployed to Payara Micro on a real MariaDB (the
 * application migrates the fresh database itself). In the container, with the real beans and JTA
 * transactions: integration events cross modules only after commit, and durable events go
 * through the outbox exactly once in effect. Over HTTP ({@link RunAsClient}): the REST API's
 * authentication and roles. One Payara boot for all of it.
 */
@ExtendWith(ArquillianExtension.class)
public class TryonContainerIT {

    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(15);
    /** BUILDING, $100,000.00: base $100.00 + 100 started thousands at $4.00 (108.9, the demo schedule's defaults). */
    private static final BigDecimal CONSTRUCTION_VALUE = new BigDecimal("100000.00");

    private static final Money EXPECTED_FEE = Money.of("500.00");

    @Deployment
    public static WebArchive deployment() {
        return ContainerDeployment.war(TryonContainerIT.class);
    }

    @Inject
    UserTransaction tx;

    @Inject
    EventPublisher publisher;

    @Inject
    EventProbe probe;

    @Inject
    Contractors contractors;

    @Inject
    Permits permits;

    @Inject
    Projects projects;

    @Inject
    FeeQueries fees;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxDelivery delivery;

    @Inject
    Event<Object> events;

    @Resource(lookup = "java:app/jdbc/tryon")
    DataSource dataSource;

    // ---- integration events: after commit only ----

    @Test
    @DisplayName(
            "events after commit: an integration event published in a rolled-back transaction never reaches another module")
    void eventsAfterCommitRolledBackTransactionPublishesNothing() throws Exception {
        ContainerProbeEvent event = ContainerProbeEvent.next("rolled back");

        rolledBack(() -> {
            publisher.publish(event);
            assertEquals(1, probe.timesFired(event.eventId()), "the event is fired in the transaction");
            assertEquals(
                    0,
                    probe.timesReceivedAfterSuccess(event.eventId()),
                    "an AFTER_SUCCESS observer sees nothing before the end");
            return null;
        });

        assertEquals(
                0,
                probe.timesReceivedAfterSuccess(event.eventId()),
                "the transaction rolled back: the AFTER_SUCCESS observer never receives the event");
    }

    @Test
    @DisplayName(
            "events after commit: an integration event reaches another module once the transaction commits, not before")
    void eventsAfterCommitCommittedTransactionPublishesAfterCommit() throws Exception {
        ContainerProbeEvent event = ContainerProbeEvent.next("committed");

        committed(() -> {
            publisher.publish(event);
            assertEquals(1, probe.timesFired(event.eventId()), "the event is fired in the transaction");
            assertEquals(0, probe.timesReceivedAfterSuccess(event.eventId()), "not before commit");
            return null;
        });

        assertEquals(1, probe.timesReceivedAfterSuccess(event.eventId()), "after commit, exactly once");
    }

    @Test
    @DisplayName(
            "events after commit: publishing outside a transaction is refused (there would be no commit to wait for)")
    void eventsAfterCommitPublishingNeedsATransaction() throws Exception {
        ContainerProbeEvent event = ContainerProbeEvent.next("no transaction");
        assertEquals(Status.STATUS_NO_TRANSACTION, tx.getStatus());

        assertThrows(TransactionalException.class, () -> publisher.publish(event));

        assertEquals(0, probe.timesFired(event.eventId()));
        assertEquals(0, probe.timesReceivedAfterSuccess(event.eventId()));
    }

    // ---- durable events: the outbox ----

    @Test
    @DisplayName(
            "108.8/108.9 outbox: a permit issued in a rolled-back transaction leaves no outbox message and posts no fee")
    void outboxRolledBackIssueLeavesNothing() throws Exception {
        long contractorId = registerContractor();
        int storedBefore = probe.outboxMessagesStored().size();

        long permitId = rolledBack(() -> {
            PermitView permit = permits.apply(application(contractorId));
            PermitView issued = permits.issue(permit.id());
            assertEquals("ISSUED", issued.status());
            assertTrue(
                    fees.feesForPermit(new PermitId(permit.id())).isEmpty(), "no fee inside the issuing transaction");
            return permit.id();
        });

        List<String> stored = probe.outboxMessagesStored();
        assertEquals(
                storedBefore + 1, stored.size(), "the issue wrote one durable event to the outbox in its transaction");
        String eventId = stored.get(stored.size() - 1);
        assertEquals(
                0,
                count("select count(*) from plat_outbox where event_id = ?", eventId),
                "the rollback took the outbox message with it");
        assertEquals(0, outboxRowsForPermit(permitId).size());
        relay.deliverDue();
        assertTrue(
                fees.feesForPermit(new PermitId(permitId)).isEmpty(), "no fee was posted for the rolled-back permit");
        assertThrows(RecordNotFoundException.class, () -> permits.get(permitId), "the permit itself was rolled back");
    }

    @Test
    @DisplayName(
            "108.8/108.9 outbox: a committed permit issue posts its fee after commit, exactly once, however often the relay runs")
    void outboxCommittedIssuePostsTheFeeOnce() throws Exception {
        long contractorId = registerContractor();

        long permitId = committed(() -> {
            PermitView permit = permits.apply(application(contractorId));
            permits.issue(permit.id());
            assertTrue(
                    fees.feesForPermit(new PermitId(permit.id())).isEmpty(),
                    "not before commit: the fee is posted by the delivery");
            return permit.id();
        });

        FeeLine fee = awaitTheFee(permitId);
        assertEquals("PERMIT_FEE", fee.feeCode());
        assertEquals(
                0,
                EXPECTED_FEE.compareTo(fee.amount()),
                "the schedule's fee, charged to the contractor: " + fee.amount());
        OutboxRow message = awaitDelivered(permitId, 1);

        relay.deliverDue();
        assertFalse(delivery.deliver(message.eventId()), "a delivered message is not delivered again");

        assertEquals(List.of(fee), fees.feesForPermit(new PermitId(permitId)), "still the one posting");
        OutboxRow after = onlyOutboxRowForPermit(permitId);
        assertEquals("DELIVERED", after.status());
        assertEquals(1, after.attempts());
    }

    @Test
    @DisplayName(
            "108.9 outbox: the same PermitIssued delivered again (fired again, or relayed again) posts no second fee")
    void outboxRedeliveredEventPostsNoSecondFee() throws Exception {
        long contractorId = registerContractor();
        long permitId = committed(() ->
                permits.issue(permits.apply(application(contractorId)).id()).id());
        FeeLine fee = awaitTheFee(permitId);
        OutboxRow message = awaitDelivered(permitId, 1);

        // the very event the relay delivered, fired again to its observers in a transaction of its own
        Jsonb jsonb = JsonbBuilder.create();
        PermitIssued event;
        try {
            event = jsonb.fromJson(message.payload(), PermitIssued.class);
        } finally {
            jsonb.close();
        }
        assertEquals(message.eventId(), event.eventId().toString());
        assertEquals(permitId, event.permitId().value());
        committed(() -> {
            events.fire(event);
            return null;
        });
        assertEquals(List.of(fee), fees.feesForPermit(new PermitId(permitId)), "fired again: no second fee");

        // the outbox hands the message out again (as after a crash between the observers' work and the mark)
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement(
                        "update plat_outbox set status = 'PENDING', next_attempt_at = occurred_at, delivered_at = null where event_id = ?")) {
            update.setString(1, message.eventId());
            assertEquals(1, update.executeUpdate());
        }
        OutboxRow redelivered = awaitDelivered(permitId, 2);
        assertEquals(2, redelivered.attempts(), "the relay delivered the message a second time");
        assertEquals(List.of(fee), fees.feesForPermit(new PermitId(permitId)), "relayed again: no second fee");
        assertEquals(
                1,
                count(
                        "select count(*) from fees_posting where cause_type = 'permit' and cause_id = ? and fee_code = ?",
                        String.valueOf(permitId),
                        "PERMIT_FEE"));
    }

    // ---- finals from inspections (108.10, 108.11.4) ----

    @Test
    @DisplayName(
            "108.10, 108.11.4: a durable FinalInspectionPassed from inspections finals the permit after commit, recorded by "
                    + "PermitStatusLog (commenced, then finaled, by the inspector); delivered again it changes nothing")
    void finalInspectionPassedFinalsThePermit() throws Exception {
        long contractorId = registerContractor();
        long permitId = committed(() ->
                permits.issue(permits.apply(application(contractorId)).id()).id());
        PermitView issued = permits.get(permitId);
        FinalInspectionPassed passed = new FinalInspectionPassed(
                UUID.randomUUID(),
                Instant.now(),
                new PermitId(permitId),
                issued.number(),
                "BLD-FINAL",
                issued.issuedOn(),
                "inspector");

        committed(() -> {
            publisher.publishDurably(passed);
            assertEquals("ISSUED", permits.get(permitId).status(), "not before commit");
            return null;
        });

        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (!"FINALED".equals(permits.get(permitId).status()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(
                "FINALED", permits.get(permitId).status(), "permitting observed the final within " + DELIVERY_TIMEOUT);
        List<StatusChangeView> changes = permits.statusChanges(permitId);
        assertEquals(
                List.of(PermitStatus.ISSUED, PermitStatus.WORK_COMMENCED, PermitStatus.FINALED),
                changes.stream().map(StatusChangeView::to).toList());
        StatusChangeView finaled = changes.get(2);
        assertEquals("inspector", finaled.by());
        assertEquals(issued.issuedOn(), finaled.on());
        assertTrue(finaled.reason().contains("BLD-FINAL"), finaled.reason());
        assertEquals(
                1,
                count(
                        "select count(*) from plat_outbox where event_type = ? and json_value(payload, '$.permitId') = ? "
                                + "and json_value(payload, '$.to') = 'FINALED'",
                        PermitStatusChanged.class.getName(),
                        String.valueOf(permitId)),
                "the move to finaled is told to the other modules, durably");

        committed(() -> {
            events.fire(passed);
            return null;
        });
        assertEquals(3, permits.statusChanges(permitId).size(), "the same final again changes nothing");
        assertEquals("FINALED", permits.get(permitId).status());
    }

    @Test
    @DisplayName(
            "106 'Project Commenced', 108.8.1, 108.10 E: durable InspectionRequested and InspectionResultRecorded (failed, with a "
                    + "defect) commence the issued permit and set the days its clocks run from; a not-ready visit moves neither")
    void inspectionEventsFeedThePermitClocks() throws Exception {
        long contractorId = registerContractor();
        long permitId = committed(() ->
                permits.issue(permits.apply(application(contractorId)).id()).id());
        PermitView issued = permits.get(permitId);
        LocalDate day = issued.issuedOn();
        committed(() -> {
            publisher.publishDurably(new InspectionRequested(
                    UUID.randomUUID(),
                    Instant.now(),
                    new InspectionRequestId(9001L),
                    new PermitId(permitId),
                    issued.number(),
                    "BLD-FRAMING",
                    day,
                    day));
            publisher.publishDurably(new InspectionResultRecorded(
                    UUID.randomUUID(),
                    Instant.now(),
                    new InspectionResultId(9002L),
                    new InspectionRequestId(9001L),
                    new PermitId(permitId),
                    issued.number(),
                    "BLD-FRAMING",
                    false,
                    InspectionOutcome.FAILED,
                    day,
                    "inspector",
                    1,
                    null));
            return null;
        });
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        while (permits.get(permitId).latestInspectionOn() == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        PermitView commenced = permits.get(permitId);
        assertEquals(
                "WORK_COMMENCED", commenced.status(), "an inspection of completed work commences the permit (106)");
        assertEquals(day, commenced.commencedOn());
        assertEquals(day, commenced.latestRequestOn());
        assertEquals(day, commenced.latestInspectionOn());
        assertEquals(day.plusMonths(12), commenced.clockRunsOutOn());
        assertTrue(permits.statusChanges(permitId).get(1).reason().contains("BLD-FRAMING"));

        committed(() -> {
            events.fire(new InspectionResultRecorded(
                    UUID.randomUUID(),
                    Instant.now(),
                    new InspectionResultId(9003L),
                    null,
                    new PermitId(permitId),
                    issued.number(),
                    "BLD-FRAMING",
                    false,
                    InspectionOutcome.NOT_READY,
                    day.plusDays(1),
                    "inspector",
                    0,
                    new InspectionResultId(9002L)));
            return null;
        });
        assertEquals(day, permits.get(permitId).latestInspectionOn(), "not ready is no inspection of completed work");
        assertEquals(2, permits.statusChanges(permitId).size());
    }

    // ---- security, over HTTP ----

    @Test
    @RunAsClient
    @DisplayName(
            "security: GET /api/v1/permits without credentials answers 401 with a problem document, never a redirect")
    void securityAnonymousCallerGets401Problem(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/v1/permits", null, null);

        assertEquals(401, response.statusCode(), response::body);
        assertEquals("application/problem+json", mediaType(response));
        assertTrue(
                response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"),
                "asks for HTTP Basic");
        assertTrue(response.body().contains("\"status\":401"), response.body());
    }

    @Test
    @RunAsClient
    @DisplayName("security: a wrong password answers 401 with a problem document")
    void securityWrongPasswordGets401Problem(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/v1/permits", "tech", "not-the-password");

        assertEquals(401, response.statusCode(), response::body);
        assertEquals("application/problem+json", mediaType(response));
    }

    @Test
    @RunAsClient
    @DisplayName("security: a signed-in user whose role may not see permits (commission clerk) gets 403")
    void securityWrongRoleGets403(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/v1/permits", "clerk", "clerk-demo");

        assertEquals(403, response.statusCode(), response::body);
        assertEquals("application/problem+json", mediaType(response));
    }

    @Test
    @RunAsClient
    @DisplayName("security: a permit technician gets the permits (200)")
    void securityRightRoleGets200(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> response = get(base, "api/v1/permits", "tech", "tech-demo");

        assertEquals(200, response.statusCode(), response::body);
        assertEquals("application/json", mediaType(response));
        assertTrue(response.body().startsWith("[{"), "a list with the demo permits: " + response.body());
    }

    @Test
    @RunAsClient
    @DisplayName(
            "108.8, 108.8 D, 106: a plan reviewer sees permits but gets 403 naming the section when issuing, cancelling, recording "
                    + "commencement or taking an application; a permit technician passes the role check (404: no such permit)")
    void securityPermitOfficeActsAreRoleChecked(@ArquillianResource URL base) throws Exception {
        String missing = "api/v1/permits/999999999/";
        HttpResponse<String> issue = post(base, missing + "issue", "", "reviewer", "reviewer-demo");
        assertEquals(403, issue.statusCode(), issue::body);
        assertEquals("application/problem+json", mediaType(issue));
        assertTrue(issue.body().contains("108.8: only a permit technician"), issue.body());
        HttpResponse<String> cancel =
                post(base, missing + "cancel", "{\"reason\":\"Owner withdrew\"}", "reviewer", "reviewer-demo");
        assertEquals(403, cancel.statusCode(), cancel::body);
        assertTrue(
                cancel.body().contains("108.8: only a permit technician")
                        && cancel.body().contains("/cancel"),
                cancel.body());
        HttpResponse<String> commenced =
                post(base, missing + "commencement", "{\"evidence\":\"Footing poured\"}", "reviewer", "reviewer-demo");
        assertEquals(403, commenced.statusCode(), commenced::body);
        assertTrue(commenced.body().contains("106 Project Commenced: only"), commenced.body());
        HttpResponse<String> applied = post(base, "api/v1/permits", "{}", "reviewer", "reviewer-demo");
        assertEquals(403, applied.statusCode(), applied::body);
        assertTrue(applied.body().contains("108.8 D: only"), applied.body());

        HttpResponse<String> byTech = post(base, missing + "issue", "", "tech", "tech-demo");
        assertEquals(
                404,
                byTech.statusCode(),
                "the technician is let through to the permit, which does not exist: " + byTech.body());
    }

    // ---- helpers ----

    /** A licensed firm (108.8 G) with its bond on file (108.7). */
    private long registerContractor() throws Exception {
        String license = "IT-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        return committed(() -> {
            long id = contractors
                    .register(new RegisterContractor(
                            "Container Test Builders " + license,
                            license,
                            Trade.BUILDING,
                            null,
                            null,
                            LocalDate.of(2099, 12, 31),
                            "Pat Lee",
                            "704-555-0100",
                            null))
                    .id();
            return contractors
                    .fileBond(
                            id,
                            new FileBond(
                                    "Carolina Surety",
                                    "B-" + license,
                                    new BigDecimal("10000.00"),
                                    LocalDate.of(2000, 1, 1)))
                    .id();
        });
    }

    /** An application on a new house whose plans plan review approved (108.8 D, E, F.1). */
    private ApplyForPermit application(long contractorId) {
        ProjectView house = projects.create(new CreateProject(
                "Container test house",
                "600 E 4th St",
                "Charlotte",
                "NC",
                "28202",
                "125-011-01",
                null,
                "Jordan Reed",
                "12 Elm Ct, Charlotte, NC 28205",
                null,
                null,
                "New house",
                CONSTRUCTION_VALUE,
                2400,
                new BigDecimal("28"),
                OccupancyGroup.R_3,
                false,
                0,
                Dwelling.SINGLE_FAMILY_DETACHED,
                WorkType.NEW,
                null,
                false));
        PlanSubmissionView plans = projects.submitPlans(
                house.id(),
                new SubmitPlans(
                        "Construction set",
                        "Dana Whitfield",
                        "400 S Tryon St",
                        null,
                        List.of(ReviewDiscipline.BUILDING)));
        projects.recordReview(plans.id(), new RecordReview(ReviewDiscipline.BUILDING, ReviewResult.APPROVED, null));
        return new ApplyForPermit(
                house.id(),
                Trade.BUILDING,
                contractorId,
                null,
                false,
                null,
                "Container test: new house",
                CONSTRUCTION_VALUE,
                true,
                "Pat Lee",
                null,
                null);
    }

    /** Runs the work in a transaction and commits it; rolls back (and rethrows) if the work fails. */
    private <T> T committed(Callable<T> work) throws Exception {
        tx.begin();
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            try {
                tx.rollback();
            } catch (Exception rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        }
        tx.commit();
        return result;
    }

    /** Runs the work in a transaction that is then rolled back. */
    private <T> T rolledBack(Callable<T> work) throws Exception {
        tx.begin();
        try {
            return work.call();
        } finally {
            tx.rollback();
        }
    }

    private FeeLine awaitTheFee(long permitId) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        List<FeeLine> posted = fees.feesForPermit(new PermitId(permitId));
        while (posted.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            posted = fees.feesForPermit(new PermitId(permitId));
        }
        assertEquals(
                1,
                posted.size(),
                "within " + DELIVERY_TIMEOUT + " of the commit, the fee of permit " + permitId
                        + " is posted once; outbox: " + outboxRowsForPermitQuietly(permitId));
        return posted.get(0);
    }

    private OutboxRow awaitDelivered(long permitId, int attempts) throws InterruptedException, SQLException {
        long deadline = System.nanoTime() + DELIVERY_TIMEOUT.toNanos();
        OutboxRow row = onlyOutboxRowForPermit(permitId);
        while (!(row.status().equals("DELIVERED") && row.attempts() >= attempts) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            row = onlyOutboxRowForPermit(permitId);
        }
        assertEquals("DELIVERED", row.status(), "outbox message " + row);
        assertEquals(attempts, row.attempts(), "outbox message " + row);
        return row;
    }

    record OutboxRow(String eventId, String status, int attempts, String lastError, String payload) {

        @Override
        public String toString() {
            return eventId + " " + status + " attempts=" + attempts + " lastError=" + lastError;
        }
    }

    private OutboxRow onlyOutboxRowForPermit(long permitId) throws SQLException {
        List<OutboxRow> rows = outboxRowsForPermit(permitId);
        assertEquals(1, rows.size(), "one outbox message for permit " + permitId + ": " + rows);
        return rows.get(0);
    }

    private List<OutboxRow> outboxRowsForPermit(long permitId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q =
                        c.prepareStatement("select event_id, status, attempts, last_error, payload from plat_outbox "
                                + "where event_type = ? and json_value(payload, '$.permitId') = ?")) {
            q.setString(1, PermitIssued.class.getName());
            q.setString(2, String.valueOf(permitId));
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    rows.add(new OutboxRow(
                            rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5)));
                }
            }
            return rows;
        }
    }

    /** For failure messages only: the outbox rows, or why they could not be read. */
    private String outboxRowsForPermitQuietly(long permitId) {
        try {
            return outboxRowsForPermit(permitId).toString();
        } catch (SQLException e) {
            return "(could not read the outbox: " + e + ")";
        }
    }

    private long count(String sql, String... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    fail("no row from " + sql);
                }
                return rs.getLong(1);
            }
        }
    }

    private static HttpResponse<String> get(URL base, String path, String user, String password) throws Exception {
        return send(base, path, HttpRequest.BodyPublishers.noBody(), "GET", user, password);
    }

    private static HttpResponse<String> post(URL base, String path, String json, String user, String password)
            throws Exception {
        return send(base, path, HttpRequest.BodyPublishers.ofString(json), "POST", user, password);
    }

    private static HttpResponse<String> send(
            URL base, String path, HttpRequest.BodyPublisher body, String method, String user, String password)
            throws Exception {
        assertNotNull(base, "Arquillian supplies the deployment's URL");
        URI uri = base.toURI().resolve(path);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .method(method, body);
        if (user != null) {
            String credentials =
                    Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + credentials);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String mediaType(HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
                .trim()
                .toLowerCase();
    }
}

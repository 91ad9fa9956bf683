package org.tryon.licensing.checkin.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.checkin.application.CheckInCommands.CheckIn;
import org.tryon.licensing.checkin.application.CheckInCommands.DecideReferral;
import org.tryon.licensing.checkin.application.CheckInCommands.RecordIrregularity;
import org.tryon.licensing.checkin.application.CheckInCommands.RecordNameChange;
import org.tryon.licensing.checkin.application.CheckInCommands.RequestAccommodation;
import org.tryon.licensing.checkin.application.CheckInViews.AccommodationView;
import org.tryon.licensing.checkin.application.CheckInViews.CheckInView;
import org.tryon.licensing.checkin.application.CheckInViews.IrregularityView;
import org.tryon.licensing.checkin.application.CheckInViews.RosterView;
import org.tryon.licensing.checkin.domain.AccessCodes;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.SettingKey;
import org.tryon.platform.settings.SettingTimeline;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/**
 * Accommodations, check-in, the roster and irregularities on a real MariaDB (the schema validated against the entities);
 * sessions and registrations inserted by SQL as the sessions part of the module would have made them.
 */
class CheckInPersistenceTest {

    private static final ZoneId COUNTY = ZoneId.of("America/New_York");
    private static final String TYPE = "JOURNEYMAN-ELECTRICIAN";
    private static final AtomicInteger SEQ = new AtomicInteger();

    static TestPersistence db;
    static long formA;
    static long formB;

    /** The delegate the caller is, when any (107.1.5 C). */
    static String delegate;

    static final List<IrregularityRecorded> fired = new ArrayList<>();

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        formA = lockedForm(TYPE, "T-JE-A", 2);
        formB = lockedForm(TYPE, "T-JE-B", 2);
        db.run(em -> em.createNativeQuery("insert into lic_form (certificate_type, code, status, version) values ('"
                        + TYPE + "', 'T-JE-C', 'DRAFT', 0)")
                .executeUpdate());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    // ---------------------------------------------------------------------------------------------------- wiring

    private static Clock at(LocalDateTime countyTime) {
        return Clock.fixed(countyTime.atZone(COUNTY).toInstant(), COUNTY);
    }

    private static Settings defaults() {
        return new Settings() {
            @Override
            public <T> T valueOn(SettingKey<T> key, LocalDate date) {
                return timeline(key).valueOn(date);
            }

            @Override
            public <T> SettingTimeline<T> timeline(SettingKey<T> key) {
                return new SettingTimeline<>(key, Map.of());
            }
        };
    }

    private static Validator noValidation() {
        return (Validator) Proxy.newProxyInstance(
                Validator.class.getClassLoader(),
                new Class<?>[] {Validator.class},
                (proxy, method, args) -> method.getName().equals("validate") ? Set.of() : null);
    }

    private static ExamDelegation delegation(EntityManager em) {
        return new ExamDelegation() {
            @Override
            public Optional<String> delegateOnly() {
                return Optional.ofNullable(delegate);
            }

            @Override
            public void requireSession(long sessionId) {
                if (delegate != null) {
                    Object d = em.createNativeQuery("select delegate from lic_exam_session where id = ?1")
                            .setParameter(1, sessionId)
                            .getSingleResult();
                    if (!delegate.equals(d)) {
                        throw new NotAllowedException(
                                "107.1.5 C: session " + sessionId + " is not delegated to " + delegate);
                    }
                }
            }
        };
    }

    private static CurrentUser user() {
        return new CurrentUser() {
            @Override
            public String name() {
                return delegate == null ? "examiner" : delegate;
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static Event<IrregularityRecorded> event() {
        return (Event<IrregularityRecorded>) Proxy.newProxyInstance(
                Event.class.getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    if (method.getName().equals("fire")) {
                        fired.add((IrregularityRecorded) args[0]);
                    }
                    return null;
                });
    }

    private static CheckIns checkIns(EntityManager em, Clock clock) {
        CheckIns c = new CheckIns();
        c.em = em;
        c.clock = clock;
        c.validator = noValidation();
        c.settings = defaults();
        c.delegation = delegation(em);
        c.user = user();
        c.letterhead = new Letterhead() {
            @Override
            public PdfDocumentBuilder document(String title) {
                return PdfDocumentBuilder.titled(title)
                        .issuer("Test County", "Code Enforcement")
                        .generatedOn(LocalDate.now(clock));
            }
        };
        return c;
    }

    private static Accommodations accommodations(EntityManager em, Clock clock) {
        Accommodations a = new Accommodations();
        a.em = em;
        a.clock = clock;
        a.validator = noValidation();
        a.delegation = delegation(em);
        a.user = user();
        return a;
    }

    private static Irregularities irregularities(EntityManager em, Clock clock) {
        Irregularities i = new Irregularities();
        i.em = em;
        i.clock = clock;
        i.validator = noValidation();
        i.delegation = delegation(em);
        i.user = user();
        i.recorded = event();
        return i;
    }

    private <T> T with(LocalDateTime now, Function<Uses, T> work) {
        Clock clock = at(now);
        return db.inTransaction(em ->
                work.apply(new Uses(checkIns(em, clock), accommodations(em, clock), irregularities(em, clock), em)));
    }

    record Uses(CheckIns checkIns, Accommodations accommodations, Irregularities irregularities, EntityManager em) {}

    // ---------------------------------------------------------------------------------------------------- data

    private static long insert(EntityManager em, String sql) {
        em.createNativeQuery(sql).executeUpdate();
        return ((Number) em.createNativeQuery("select last_insert_id()").getSingleResult()).longValue();
    }

    /** A LOCKED form of the type holding {@code questions} active items, as the item bank would have locked it. */
    private static long lockedForm(String type, String code, int questions) {
        return db.inTransaction(em -> {
            long form = insert(
                    em,
                    "insert into lic_form (certificate_type, code, status, version) values ('" + type + "', '" + code
                            + "', 'LOCKED', 0)");
            for (int q = 1; q <= questions; q++) {
                long item = insert(
                        em,
                        "insert into lic_item (certificate_type, code, version) values ('" + type + "', '" + code + "-Q"
                                + q + "', 0)");
                long version = insert(
                        em,
                        "insert into lic_item_version (item_id, number, stem, correct_option, content_area, author, status, administered,"
                                + " created_at) values (" + item
                                + ", 1, 'Confidential stem', 'A', 'NEC 210 Branch circuits', 'test', 'ACTIVE', false,"
                                + " '2026-01-01 00:00:00')");
                em.createNativeQuery("insert into lic_form_item (form_id, position, item_version_id) values (" + form
                                + ", " + q + ", " + version + ")")
                        .executeUpdate();
            }
            return form;
        });
    }

    /** A session on {@code day} at 09:00 with a delegate, as the sessions part would have scheduled it. */
    private static long session(LocalDate day, String delegateName) {
        return session(TYPE, day, delegateName);
    }

    private static long session(String type, LocalDate day, String delegateName) {
        return db.inTransaction(em -> insert(
                em,
                "insert into lic_exam_session (certificate_type, session_date, starts_at, site, room, seats, proctor, "
                        + "delegate, status, version) values ('" + type + "', '" + day
                        + "', '09:00:00', 'Hal Marshall Center', 'Room 140', 10, "
                        + "'Pat Proctor', " + (delegateName == null ? "null" : "'" + delegateName + "'")
                        + ", 'SCHEDULED', 0)"));
    }

    private static long candidate(String name) {
        return candidate(TYPE, name);
    }

    private static long candidate(String type, String name) {
        return db.inTransaction(em -> insert(
                em,
                "insert into lic_candidate (full_name, email, phone, certificate_type, entered_on, version) values ('"
                        + name + "', 'c" + SEQ.incrementAndGet() + "@example.org', null, '" + type
                        + "', '2026-01-05', 0)"));
    }

    private static long registration(long session, long candidate, String status) {
        return registration(TYPE, session, candidate, status);
    }

    private static long registration(String type, long session, long candidate, String status) {
        return db.inTransaction(em -> {
            long application = insert(
                    em,
                    "insert into lic_application (candidate_id, certificate_type, applied_on, status, decided_on, eligible_until, version) "
                            + "values (" + candidate + ", '" + type
                            + "', '2026-01-05', 'ELIGIBLE', '2026-01-10', '2027-01-10', 0)");
            return insert(
                    em,
                    "insert into lic_registration (session_id, application_id, candidate_id, status, registered_on, version) values ("
                            + session + ", " + application + ", " + candidate + ", '" + status + "', '2026-11-01', 0)");
        });
    }

    private static Object column(String column, long registration) {
        return db.inTransaction(em -> em.createNativeQuery("select " + column + " from lic_registration where id = ?1")
                .setParameter(1, registration)
                .getSingleResult());
    }

    private static final LocalDate DAY = LocalDate.of(2026, 12, 12);
    private static final LocalDateTime START = DAY.atTime(9, 0);
    private static final CheckIn LICENCE = new CheckIn("DRIVER_LICENCE", "4821", "ADA LOVELACE");

    // ---------------------------------------------------------------------------------------------------- tests

    @Test
    @DisplayName(
            "Licensing examinations (107.1.5 C.2): a locked form without questions is refused at check-in by its code, nothing changed")
    void emptyLockedFormRefused() {
        String homeowner = "HOMEOWNER-ELECTRICAL";
        lockedForm(homeowner, "T-HO-EMPTY", 0);
        long s = session(homeowner, DAY, null);
        long r = registration(homeowner, s, candidate(homeowner, "Ada Lovelace"), "CONFIRMED");
        assertThatThrownBy(() -> with(START.minusMinutes(10), u -> u.checkIns().checkIn(r, LICENCE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Form T-HO-EMPTY (HOMEOWNER-ELECTRICAL) is locked but holds no questions");
        assertThat(column("status", r)).isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName(
            "Licensing examinations: check-in of a confirmed registration gives CHECKED_IN, the time, a locked form and an unambiguous access code")
    void checkIn() {
        long s = session(DAY, null);
        long r = registration(s, candidate("Ada Lovelace"), "CONFIRMED");
        CheckInView v = with(START.minusMinutes(10), u -> u.checkIns().checkIn(r, LICENCE));
        assertThat(v.status()).isEqualTo("CHECKED_IN");
        assertThat(v.formId()).isIn(formA, formB);
        assertThat(v.formCode()).isIn("T-JE-A", "T-JE-B");
        assertThat(AccessCodes.wellFormed(v.accessCode())).as(v.accessCode()).isTrue();
        assertThat(v.idLastDigits()).isEqualTo("4821");
        assertThat(v.minutesLate()).isZero();
        assertThat(column("status", r)).isEqualTo("CHECKED_IN");
        assertThat(column("access_code", r)).isEqualTo(v.accessCode());
        assertThat(((Number) column("form_id", r)).longValue()).isEqualTo(v.formId());
        assertThat(column("checked_in_at", r)).isNotNull();
        assertThat(with(START, u -> u.checkIns().checkInOf(r)).accessCode()).isEqualTo(v.accessCode());
        assertThatThrownBy(() -> with(START, u -> u.checkIns().checkIn(r, LICENCE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only a confirmed registration");
    }

    @Test
    @DisplayName("Licensing examinations: a registration awaiting payment is not checked in; nothing changes")
    void notConfirmedRefused() {
        long r = registration(session(DAY, null), candidate("Ada Lovelace"), "AWAITING_PAYMENT");
        assertThatThrownBy(() -> with(START, u -> u.checkIns().checkIn(r, LICENCE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("is AWAITING_PAYMENT");
        assertThat(column("status", r)).isEqualTo("AWAITING_PAYMENT");
        assertThat(column("access_code", r)).isNull();
    }

    @Test
    @DisplayName(
            "Licensing examinations: an ID in another name is refused, naming the rule, until an exam administrator records an approved name change")
    void nameMismatch() {
        long candidate = candidate("Grace Brewster Murray");
        long r = registration(session(DAY, null), candidate, "CONFIRMED");
        CheckIn hopper = new CheckIn("PASSPORT", "77", "Grace Hopper");
        assertThatThrownBy(() -> with(START, u -> u.checkIns().checkIn(r, hopper)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("matching the registered name exactly");
        assertThat(column("status", r)).isEqualTo("CONFIRMED");
        long change = with(
                        START.minusDays(2),
                        u -> u.checkIns()
                                .recordNameChange(new RecordNameChange(
                                        candidate, "Grace Hopper", "Marriage certificate 1930-112")))
                .id();
        CheckInView v = with(START, u -> u.checkIns().checkIn(r, hopper));
        assertThat(v.nameChangeId()).isEqualTo(change);
        assertThat(v.nameOnDocument()).isEqualTo("Grace Hopper");
    }

    @Test
    @DisplayName(
            "Late arrival by rule (15 minutes by default): admitted at 09:15 for a 09:00 start, refused at 09:16, naming the rule")
    void lateArrival() {
        long s = session(DAY, null);
        long onTheLimit = registration(s, candidate("Ada Lovelace"), "CONFIRMED");
        long aMinuteAfter = registration(s, candidate("Ada Lovelace"), "CONFIRMED");
        assertThat(with(START.plusMinutes(15), u -> u.checkIns().checkIn(onTheLimit, LICENCE))
                        .minutesLate())
                .isEqualTo(15);
        assertThatThrownBy(() -> with(START.plusMinutes(16), u -> u.checkIns().checkIn(aMinuteAfter, LICENCE)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Late arrival")
                .hasMessageContaining("15 minutes");
        assertThat(column("status", aMinuteAfter)).isEqualTo("CONFIRMED");
    }

    @Test
    @DisplayName("Licensing examinations: a retaker gets another form than the one of the earlier attempt")
    void anotherFormForARetaker() {
        long candidate = candidate("Ada Lovelace");
        long earlier = registration(session(DAY.minusDays(120), null), candidate, "COMPLETED");
        db.run(em -> em.createNativeQuery(
                        "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version) values ("
                                + earlier + ", " + formA + ", 'SCREEN', 14400, 'SUBMITTED', 0)")
                .executeUpdate());
        long r = registration(session(DAY, null), candidate, "CONFIRMED");
        assertThat(with(START, u -> u.checkIns().checkIn(r, LICENCE)).formId()).isEqualTo(formB);

        long other = candidate("Ada Lovelace");
        long before = registration(session(DAY.minusDays(120), null), other, "COMPLETED");
        db.run(em -> em.createNativeQuery(
                        "insert into lic_attempt (registration_id, form_id, mode, allowed_seconds, status, version) values ("
                                + before + ", " + formB + ", 'SCREEN', 14400, 'SUBMITTED', 0)")
                .executeUpdate());
        long again = registration(session(DAY, null), other, "CONFIRMED");
        assertThat(with(START, u -> u.checkIns().checkIn(again, LICENCE)).formId())
                .isEqualTo(formA);
    }

    @Test
    @DisplayName("The access codes of many check-ins are all different and well formed")
    void codesUnique() {
        long s = session(DAY, null);
        Set<String> codes = new java.util.HashSet<>();
        for (int i = 0; i < 12; i++) {
            long r = registration(s, candidate("Ada Lovelace"), "CONFIRMED");
            codes.add(with(START, u -> u.checkIns().checkIn(r, LICENCE)).accessCode());
        }
        assertThat(codes).hasSize(12).allMatch(AccessCodes::wellFormed);
    }

    @Test
    @DisplayName(
            "Domain facts: an extra time approved before the session sets the registration's extra minutes; after the start a decision is refused")
    void accommodations() {
        long s = session(DAY, null);
        long r = registration(s, candidate("Ada Lovelace"), "CONFIRMED");
        String pdf = java.util.Base64.getEncoder()
                .encodeToString("%PDF-1.4 letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        AccommodationView extra = with(
                START.minusDays(3),
                u -> u.accommodations()
                        .request(new RequestAccommodation(
                                r, "EXTRA_TIME", 30, "Dyslexia, letter of Dr. Smith", null, "letter.pdf", pdf)));
        assertThat(extra.status()).isEqualTo("REQUESTED");
        assertThat(with(START, u -> u.accommodations().document(extra.id())).mediaType())
                .isEqualTo("application/pdf");
        AccommodationView reader = with(
                START.minusDays(3),
                u -> u.accommodations()
                        .request(new RequestAccommodation(
                                r, "READER", null, "Low vision", "Ophthalmologist letter 2026-11-20", null, null)));
        List<AccommodationView> queue =
                with(START.minusDays(3), u -> u.accommodations().withStatus("REQUESTED"));
        assertThat(queue).extracting(AccommodationView::id).contains(extra.id(), reader.id());

        assertThat(with(START.minusMinutes(1), u -> u.accommodations().approve(extra.id(), null))
                        .status())
                .isEqualTo("APPROVED");
        assertThat(((Number) column("extra_minutes", r)).intValue()).isEqualTo(30);
        assertThatThrownBy(() -> with(START, u -> u.accommodations().approve(reader.id(), null)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("approved before the session");
        assertThatThrownBy(() -> with(
                        START,
                        u -> u.accommodations()
                                .request(new RequestAccommodation(r, "READER", null, "x", "y", null, null))))
                .hasMessageContaining("approved before the session");

        RosterView roster = with(START.minusMinutes(30), u -> u.checkIns().roster(s));
        assertThat(roster.lines().get(0).accommodationText()).contains("Extra time +30 min", "Reader (requested)");
        assertThat(roster.lines().get(0).extraMinutes()).isEqualTo(30);
    }

    @Test
    @DisplayName("The roster is ordered by name and shows the access code after check-in; the sign-in sheet is a PDF")
    void rosterAndSheet() {
        long s = session(DAY, null);
        long zed = registration(s, candidate("Zed Young"), "CONFIRMED");
        registration(s, candidate("Abe Adams"), "CONFIRMED");
        registration(s, candidate("Mia Moss"), "AWAITING_PAYMENT");
        registration(s, candidate("Carl Cancelled"), "CANCELLED");
        String code = with(START, u -> u.checkIns().checkIn(zed, new CheckIn("STATE_ID", "12", "Zed Young")))
                .accessCode();
        RosterView roster = with(START, u -> u.checkIns().roster(s));
        assertThat(roster.lines())
                .extracting(CheckInViews.RosterLine::candidateName)
                .containsExactly("Abe Adams", "Carl Cancelled", "Mia Moss", "Zed Young");
        assertThat(roster.lines().get(3).accessCode()).isEqualTo(code);
        assertThat(roster.lines().get(3).idKind()).isEqualTo("State ID");
        assertThat(roster.lines().get(0).accessCode()).isNull();
        assertThat(roster.lateArrivalMinutes()).isEqualTo(15);
        assertThat(roster.admittedUntil()).isEqualTo(START.plusMinutes(15));
        byte[] pdf = with(START, u -> u.checkIns().rosterPdf(s));
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try {
            // kept for a look (target/sign-in-sheet.pdf)
            java.nio.file.Files.write(java.nio.file.Path.of("target", "sign-in-sheet.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("107.1.5 C: a delegate checks in only at a session delegated to them")
    void delegate() {
        long mine = session(DAY, "delegate");
        long theirs = session(DAY, "someone-else");
        long r1 = registration(mine, candidate("Ada Lovelace"), "CONFIRMED");
        long r2 = registration(theirs, candidate("Ada Lovelace"), "CONFIRMED");
        delegate = "delegate";
        try {
            assertThat(with(START, u -> u.checkIns().checkIn(r1, LICENCE)).checkedInBy())
                    .isEqualTo("delegate");
            assertThatThrownBy(() -> with(START, u -> u.checkIns().checkIn(r2, LICENCE)))
                    .isInstanceOf(NotAllowedException.class)
                    .hasMessageContaining("107.1.5 C");
            List<CheckInViews.SessionView> sessions =
                    with(START, u -> u.checkIns().sessions());
            assertThat(sessions)
                    .extracting(CheckInViews.SessionView::id)
                    .contains(mine)
                    .doesNotContain(theirs);
            assertThatThrownBy(() -> with(START, u -> u.accommodations().approve(1, null)))
                    .isInstanceOf(NotAllowedException.class);
        } finally {
            delegate = null;
        }
    }

    @Test
    @DisplayName(
            "Licensing examinations, 107.1.5 C: notes written into a reference book invalidate the result (event) and refer the matter to the subcommittee")
    void cheating() {
        long r = registration(session(DAY, null), candidate("Ada Lovelace"), "CONFIRMED");
        assertThatThrownBy(() ->
                        with(START, u -> u.irregularities().record(new RecordIrregularity(r, "CHEATING", null, "x"))))
                .hasMessageContaining("sat the exam");
        with(START, u -> u.checkIns().checkIn(r, LICENCE));
        fired.clear();
        IrregularityView notes = with(
                START.plusMinutes(50),
                u -> u.irregularities()
                        .record(new RecordIrregularity(
                                r,
                                "NOTES_IN_REFERENCE_BOOK",
                                START.plusMinutes(45),
                                "Handwritten notes in the margins of the NEC, articles 210 and 250")));
        assertThat(notes.invalidates()).isTrue();
        assertThat(notes.referral()).isNotNull();
        assertThat(notes.referral().referredOn()).isEqualTo(DAY);
        assertThat(fired)
                .containsExactly(new IrregularityRecorded(
                        notes.id(), r, true, "Handwritten notes in the margins of the NEC, articles 210 and 250"));

        IrregularityView noise = with(
                START.plusMinutes(60),
                u -> u.irregularities().record(new RecordIrregularity(r, "DISTURBANCE", null, "A phone rang")));
        assertThat(noise.invalidates()).isFalse();
        assertThat(noise.referral()).isNull();
        assertThat(fired.get(1).invalidates()).isFalse();

        List<IrregularityView> open =
                with(START.plusHours(2), u -> u.irregularities().list(null, true));
        assertThat(open).extracting(IrregularityView::id).contains(notes.id()).doesNotContain(noise.id());
        IrregularityView decided = with(
                DAY.plusDays(20).atTime(10, 0),
                u -> u.irregularities()
                        .decide(
                                notes.id(),
                                new DecideReferral(
                                        DAY.plusDays(14).toString(),
                                        "LSC 2026-07",
                                        "Result invalidated; candidate barred for one year")));
        assertThat(decided.referral().decidedOn()).isEqualTo(DAY.plusDays(14));
        assertThatThrownBy(() -> with(
                        DAY.plusDays(21).atTime(10, 0),
                        u -> u.irregularities()
                                .decide(
                                        notes.id(),
                                        new DecideReferral(DAY.plusDays(21).toString(), "LSC 2026-08", "Other"))))
                .hasMessageContaining("107.1.5 C.2");
        assertThatThrownBy(() -> with(
                        DAY.plusDays(21).atTime(10, 0),
                        u -> u.irregularities()
                                .decide(
                                        noise.id(),
                                        new DecideReferral(DAY.plusDays(21).toString(), "LSC 2026-08", "Other"))))
                .hasMessageContaining("not referred");
    }
}

package org.tryon.licensing.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.itembank.application.ItemBankViews.AccessView;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.FormItemView;
import org.tryon.licensing.itembank.application.ItemBankViews.ImportResult;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.licensing.module.application.ExamRuleBook;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.testing.TestDatabase;
import org.tryon.platform.testing.TestPersistence;

/** The item bank on a real MariaDB: the demo bank, forms by outline, locking, imports and exports, the access log. */
class ItemBankPersistenceTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T15:00:00Z"), ZoneId.of("America/New_York"));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static TestPersistence db;
    static List<FormDetail> demoForms;

    /** The use cases over one entity manager, acting as the system (no caller). */
    record Bank(
            ItemBankAccess access, ItemBank items, ItemTransfer transfer, ContentOutlines outlines, ExamForms forms) {
        static Bank on(EntityManager em) {
            ItemBankAccess access = new ItemBankAccess(em, CLOCK, new CurrentUser());
            ItemBank items = new ItemBank(em, CLOCK, access);
            ContentOutlines outlines = new ContentOutlines(em, CLOCK, access, new ExamRuleBook(em));
            return new Bank(
                    access,
                    items,
                    new ItemTransfer(em, access, items),
                    outlines,
                    new ExamForms(em, CLOCK, access, outlines));
        }
    }

    static <T> T in(TestPersistence on, Function<Bank, T> work) {
        return on.inTransaction(em -> work.apply(Bank.on(em)));
    }

    static <T> T in(Function<Bank, T> work) {
        return in(db, work);
    }

    @BeforeAll
    static void start() {
        db = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        demoForms = in(b -> ItemBankDemoData.loadInto(b.transfer(), b.items(), b.outlines(), b.forms(), TODAY));
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    static Map<String, Long> perArea(FormDetail f) {
        return f.items().stream().collect(Collectors.groupingBy(FormItemView::contentArea, Collectors.counting()));
    }

    @Test
    @DisplayName(
            "107.1.5 C: the demo bank has 60 journeyman and 30 homeowner items; JE-A, JE-B (50) and HO-A, HO-B (25) follow the outline and are LOCKED")
    void demoBankAndForms() {
        assertThat(in(b -> b.items().list("JOURNEYMAN-ELECTRICIAN", null, "ACTIVE", 0, 500))
                        .total())
                .isEqualTo(60);
        assertThat(in(b -> b.items().list("HOMEOWNER-ELECTRICAL", null, "ACTIVE", 0, 500))
                        .total())
                .isEqualTo(30);
        assertThat(in(b -> b.items().list(null, "grounding", null, 0, 500)).total())
                .isEqualTo(16);
        List<FormDetail> forms =
                in(b -> demoForms.stream().map(f -> b.forms().review(f.id())).toList());
        assertThat(forms).extracting(FormDetail::code).containsExactly("JE-A", "JE-B", "HO-A", "HO-B");
        assertThat(forms).extracting(FormDetail::status).containsOnly("LOCKED");
        assertThat(forms.get(0).items()).hasSize(50);
        assertThat(forms.get(2).items()).hasSize(25);
        Map<String, Long> je = perArea(forms.get(0));
        ItemBankDemoData.JE_OUTLINE.forEach(
                a -> assertThat(je.get(a.contentArea())).as(a.contentArea()).isEqualTo((long) a.items()));
        Map<String, Long> ho = perArea(forms.get(3));
        ItemBankDemoData.HO_OUTLINE.forEach(
                a -> assertThat(ho.get(a.contentArea())).as(a.contentArea()).isEqualTo((long) a.items()));
        List<ItemBankViews.LockedForm> locked = in(b -> b.forms().lockedForms("JOURNEYMAN-ELECTRICIAN"));
        assertThat(locked).extracting(ItemBankViews.LockedForm::code).containsExactly("JE-A", "JE-B");
    }

    @Test
    @DisplayName(
            "107.1.5 C: parallel forms draw different items where the bank allows (HO-B shares at most what 30 items for 2 x 25 force)")
    void parallelForms() {
        Set<Long> a = new HashSet<>(
                demoForms.get(2).items().stream().map(FormItemView::itemId).toList());
        Set<Long> b = new HashSet<>(
                demoForms.get(3).items().stream().map(FormItemView::itemId).toList());
        Set<Long> shared = new HashSet<>(a);
        shared.retainAll(b);
        // 25 + 25 from 30 items: at least 20 are shared, and the assembly shares no more than the bank forces per area
        int forced = 0;
        Map<String, Integer> bank = Map.of(
                "NEC 210 Branch circuits",
                7,
                "NEC 250 Grounding and bonding",
                6,
                "NEC 300 Wiring methods",
                5,
                "NEC 334 Nonmetallic-sheathed cable",
                5,
                "NEC 406 Receptacles",
                4,
                "NEC 314 Boxes",
                3);
        for (AreaCount area : ItemBankDemoData.HO_OUTLINE) {
            forced += Math.max(0, 2 * area.items() - bank.get(area.contentArea()));
        }
        assertThat(shared).hasSize(forced);
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    @DisplayName(
            "107.1.5 C.2: locking a form marks its versions administered; a change of one is refused naming the rule; an edit makes version 2")
    void lockedVersionsAreImmutable() {
        FormItemView first = demoForms.get(0).items().get(0);
        ItemDetail before = in(b -> b.items().view(first.itemId()));
        assertThat(before.versions().get(0).administered()).isTrue();
        WriteItem edit = new WriteItem(
                null, null, "Changed stem", List.of("a", "b", "c", "d"), "A", first.contentArea(), "NEC", "examiner");
        assertThatThrownBy(() -> in(b -> b.items().correct(first.itemId(), 1, edit)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("107.1.5 C.2"));
        ItemDetail after = in(b -> b.items().edit(first.itemId(), edit));
        assertThat(after.versions())
                .extracting(ItemBankViews.VersionView::number)
                .containsExactly(2, 1);
        assertThat(after.versions().get(1).stem())
                .isEqualTo(before.versions().get(0).stem());
        assertThat(after.versions().get(1).status()).isEqualTo("ACTIVE");
        assertThat(after.versions().get(0).status()).isEqualTo("DRAFT");
        FormDetail again = in(b -> b.forms().review(demoForms.get(0).id()));
        assertThat(again.items().get(0).versionId()).isEqualTo(first.versionId());
    }

    @Test
    @DisplayName(
            "107.1.5 C: with too few active items in an area the assembly is refused naming the area; the outline's total is the rule's questions (106)")
    void tooFewItemsRefused() {
        TestPersistence fresh = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        try {
            assertThatThrownBy(() -> in(
                            fresh,
                            b -> b.outlines()
                                    .record(new RecordOutline(
                                            "HOMEOWNER-ELECTRICAL",
                                            LocalDate.of(2026, 1, 1),
                                            "Test",
                                            List.of(new AreaCount("NEC 210 Branch circuits", 24))))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("25 questions");
            in(
                    fresh,
                    b -> b.outlines()
                            .record(new RecordOutline(
                                    "HOMEOWNER-ELECTRICAL",
                                    LocalDate.of(2026, 1, 1),
                                    "Test",
                                    List.of(
                                            new AreaCount("NEC 210 Branch circuits", 20),
                                            new AreaCount("NEC 250 Grounding and bonding", 5)))));
            assertThatThrownBy(() ->
                            in(fresh, b -> b.forms().assemble(new AssembleForm("HOMEOWNER-ELECTRICAL", "HO-X", 1L))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("'NEC 210 Branch circuits'")
                    .hasMessageContaining("asks 20 items but the bank has only 0");
        } finally {
            fresh.close();
        }
    }

    @Test
    @DisplayName(
            "Items: a QTI 2.1 export imported into an empty bank gives equal items; imported again it changes nothing; both are logged")
    void qtiRoundTrip() {
        byte[] zip = in(b -> b.transfer().exportQti("HOMEOWNER-ELECTRICAL", null));
        List<ItemRecord> exported = in(b -> b.transfer().records("HOMEOWNER-ELECTRICAL", null));
        assertThat(exported).hasSize(30);
        TestPersistence fresh = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        try {
            ImportResult result = in(fresh, b -> b.transfer().importQti(new ByteArrayInputStream(zip), null));
            assertThat(result.itemsCreated()).isEqualTo(30);
            List<ItemRecord> imported = in(fresh, b -> b.transfer().records("HOMEOWNER-ELECTRICAL", null));
            assertThat(imported)
                    .extracting(ItemRecord::code, ItemRecord::number, ItemRecord::content)
                    .isEqualTo(exported.stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.number(), r.content()))
                            .toList());
            assertThat(imported).extracting(ItemRecord::status).containsOnly("DRAFT");
        } finally {
            fresh.close();
        }
        ImportResult again = in(b -> b.transfer().importQti(new ByteArrayInputStream(zip), null));
        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(again.itemsCreated() + again.versionsAdded()).isZero();
        List<AccessView> log = in(b -> b.access().log(null, TODAY, TODAY, 50));
        assertThat(log).extracting(AccessView::action).contains("EXPORT_QTI", "IMPORT_QTI");
        assertThat(log).filteredOn(a -> a.action().equals("EXPORT_QTI")).first().satisfies(a -> {
            assertThat(a.itemCount()).isEqualTo(30);
            assertThat(a.user()).isEqualTo("system");
            assertThat(a.subject()).contains("HOMEOWNER-ELECTRICAL");
        });
    }

    @Test
    @DisplayName(
            "Items: a CSV export imported into an empty bank gives equal items; a CSV with one broken line is refused whole")
    void csvRoundTripAndRefusal() {
        String csv = in(b -> b.transfer().exportCsv("JOURNEYMAN-ELECTRICIAN", "ACTIVE"));
        List<ItemRecord> exported = in(b -> b.transfer().records("JOURNEYMAN-ELECTRICIAN", "ACTIVE"));
        TestPersistence fresh = TestPersistence.on(TestDatabase.migrated("licensing"), "META-INF/orm-licensing.xml");
        try {
            in(fresh, b -> b.transfer().importCsv(new StringReader(csv)));
            List<ItemRecord> imported = in(fresh, b -> b.transfer().records("JOURNEYMAN-ELECTRICIAN", null));
            assertThat(imported)
                    .extracting(ItemRecord::code, ItemRecord::content)
                    .isEqualTo(exported.stream()
                            .map(r -> org.assertj.core.groups.Tuple.tuple(r.code(), r.content()))
                            .toList());
            String broken = csv.replaceFirst("JOURNEYMAN-ELECTRICIAN", "NO-SUCH-TYPE")
                    + "JE-999,JOURNEYMAN-ELECTRICIAN,1,,,NEC 314 Boxes," + "New question?,a,b,c,d,,,,,B,,Dana\n";
            assertThatThrownBy(() -> in(fresh, b -> b.transfer().importCsv(new StringReader(broken))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("NO-SUCH-TYPE");
            assertThat(in(fresh, b -> b.items().list(null, null, null, 0, 500)).total())
                    .isEqualTo(exported.size());
        } finally {
            fresh.close();
        }
    }

    @Test
    @DisplayName(
            "107.1.5 C: every view of an item is logged (who, when, what, how many); the list of items is not a view of their content")
    void viewIsLogged() {
        long id = demoForms.get(1).items().get(3).itemId();
        int before = in(b -> b.access().log(null, null, null, 2000)).size();
        in(b -> b.items().list(null, null, null, 0, 50));
        List<AccessView> unchanged = in(b -> b.access().log(null, null, null, 2000));
        assertThat(unchanged).hasSize(before);
        ItemDetail item = in(b -> b.items().view(id));
        List<AccessView> log = in(b -> b.access().log("system", null, null, 2000));
        assertThat(log).hasSize(before + 1);
        assertThat(log.get(0).action()).isEqualTo("VIEW");
        assertThat(log.get(0).subject()).contains(item.code());
        assertThat(log.get(0).itemCount()).isEqualTo(1);
    }
}

package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.itembank.application.ItemBankViews.AreaCount;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * The demo item bank (only with {@code tryon.demo=true}, once, into an empty bank): 60 journeyman-electrician and 30
 * homeowner-test items over their NEC content areas (the resource {@code licensing/itembank/demo-items.csv}, read as a
 * CSV import), approved by a subcommittee decision and active; an outline per type; forms JE-A and JE-B (50 items each)
 * and HO-A and HO-B (25 items each), locked. Fires {@link ItemBankDemoLoaded} when done.
 */
@ApplicationScoped
public class ItemBankDemoData {

    public static final String RESOURCE = "licensing/itembank/demo-items.csv";
    public static final String JE = "JOURNEYMAN-ELECTRICIAN";
    public static final String HO = "HOMEOWNER-ELECTRICAL";

    /** The journeyman electrician's outline: 50 items over nine NEC articles. */
    public static final List<AreaCount> JE_OUTLINE = List.of(
            new AreaCount("NEC 100 Definitions and general requirements", 5),
            new AreaCount("NEC 210 Branch circuits", 8),
            new AreaCount("NEC 220 Load calculations", 5),
            new AreaCount("NEC 230 Services", 6),
            new AreaCount("NEC 240 Overcurrent protection", 6),
            new AreaCount("NEC 250 Grounding and bonding", 8),
            new AreaCount("NEC 310 Conductors", 6),
            new AreaCount("NEC 314 Boxes", 3),
            new AreaCount("NEC 430 Motors", 3));

    /** The homeowner electrical test's outline: 25 items over six NEC articles. */
    public static final List<AreaCount> HO_OUTLINE = List.of(
            new AreaCount("NEC 210 Branch circuits", 6),
            new AreaCount("NEC 250 Grounding and bonding", 5),
            new AreaCount("NEC 300 Wiring methods", 4),
            new AreaCount("NEC 334 Nonmetallic-sheathed cable", 4),
            new AreaCount("NEC 406 Receptacles", 3),
            new AreaCount("NEC 314 Boxes", 3));

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ItemTransfer transfer;

    @Inject
    ItemBank bank;

    @Inject
    ContentOutlines outlines;

    @Inject
    ExamForms forms;

    @Inject
    Event<ItemBankDemoLoaded> loaded;

    @Transactional
    void load(@Observes SchemaMigrated migrated) {
        if (!demo || em.createQuery("select count(i) from Item i", Long.class).getSingleResult() > 0) {
            return;
        }
        loadInto(transfer, bank, outlines, forms, LocalDate.now(clock));
        loaded.fire(new ItemBankDemoLoaded());
    }

    /** Loads the demo bank through the use cases (also used by the tests). */
    public static List<FormDetail> loadInto(
            ItemTransfer transfer, ItemBank bank, ContentOutlines outlines, ExamForms forms, LocalDate today) {
        List<ItemRecord> records;
        try (Reader in = new InputStreamReader(
                ItemBankDemoData.class.getClassLoader().getResourceAsStream(RESOURCE), StandardCharsets.UTF_8)) {
            records = ItemCsv.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        transfer.apply(records, "line ");
        LocalDate decided = today.minusDays(30);
        for (ItemRecord r : records) {
            long id = bank.idOf(r.code());
            bank.approve(id, 1, new ApproveVersion("Licensing subcommittee minutes " + decided, decided));
            bank.activate(id, 1);
        }
        LocalDate from = LocalDate.of(1996, 2, 29);
        outlines.record(new RecordOutline(
                JE,
                from,
                "Demo: the journeyman electrician outline adopted by the licensing subcommittee",
                JE_OUTLINE));
        outlines.record(new RecordOutline(
                HO,
                from,
                "Demo: the homeowner electrical test outline adopted by the licensing subcommittee",
                HO_OUTLINE));
        List<FormDetail> made = List.of(
                forms.assemble(new AssembleForm(JE, "JE-A", 1L)),
                forms.assemble(new AssembleForm(JE, "JE-B", 2L)),
                forms.assemble(new AssembleForm(HO, "HO-A", 3L)),
                forms.assemble(new AssembleForm(HO, "HO-B", 4L)));
        made.forEach(f -> forms.lock(f.id()));
        return made;
    }
}

package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tryon.licensing.itembank.application.ItemBankViews.ImportResult;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.licensing.itembank.domain.AccessAction;
import org.tryon.licensing.itembank.domain.Item;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.licensing.itembank.domain.ItemStatus;
import org.tryon.licensing.itembank.domain.ItemVersion;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * Imports and exports of the item bank, in IMS QTI 2.1 ({@link QtiPackage}) and CSV ({@link ItemCsv}). An export
 * writes every version matching the filters and is logged (who, when, what, how many). An import is all or nothing:
 * every record is checked first, and any broken rule refuses the whole file naming the line or item, the field and the
 * rule. Imported content enters as DRAFT versions (the subcommittee reviews it): a new code makes a new item, content
 * an item already holds in one of its versions changes nothing, other content for a known code is an edit (the next
 * version, ADR 0034).
 */
@ApplicationScoped
@Transactional
public class ItemTransfer {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    ItemBankAccess access;

    @Inject
    ItemBank bank;

    public ItemTransfer() {}

    /** For tests outside a container. */
    public ItemTransfer(EntityManager em, ItemBankAccess access, ItemBank bank) {
        this.em = em;
        this.access = access;
        this.bank = bank;
    }

    /** The versions an export writes: of a type and a status (each optional), items by code, versions by number. */
    List<ItemRecord> records(String certificateType, String status) {
        ItemStatus st = status == null || status.isBlank() ? null : ItemBank.status(status);
        List<ItemVersion> versions = em.createQuery(
                        "select v from ItemVersion v join fetch v.item i where (:type is null or i.certificateType"
                                + " = :type) and (:status is null or v.status = :status) order by i.code, v.number",
                        ItemVersion.class)
                .setParameter(
                        "type", certificateType == null || certificateType.isBlank() ? null : certificateType.strip())
                .setParameter("status", st)
                .getResultList();
        return versions.stream()
                .map(v -> new ItemRecord(
                        v.getItem().getCode(),
                        v.getItem().getCertificateType(),
                        v.getNumber(),
                        v.getStatus().name(),
                        v.isAdministered(),
                        v.getContent()))
                .toList();
    }

    private static String subject(String format, String certificateType, String status) {
        return format + " export of "
                + (certificateType == null || certificateType.isBlank() ? "every type" : certificateType)
                + (status == null || status.isBlank() ? ", every status" : ", status " + status);
    }

    /** The versions as an IMS content package of QTI 2.1 items (a zip), logged. */
    public byte[] exportQti(String certificateType, String status) {
        access.requireExaminer();
        List<ItemRecord> records = records(certificateType, status);
        access.record(AccessAction.EXPORT_QTI, subject("QTI", certificateType, status), records.size());
        return QtiPackage.write(records);
    }

    /** The versions as CSV, one line each, logged. */
    public String exportCsv(String certificateType, String status) {
        access.requireExaminer();
        List<ItemRecord> records = records(certificateType, status);
        access.record(AccessAction.EXPORT_CSV, subject("CSV", certificateType, status), records.size());
        StringWriter out = new StringWriter();
        ItemCsv.write(records, out);
        return out.toString();
    }

    /** Imports a QTI 2.1 content package; {@code defaultType} for items without Tryon's metadata. All or nothing. */
    public ImportResult importQti(InputStream zip, String defaultType) {
        access.requireExaminer();
        List<ItemRecord> records = QtiPackage.read(
                zip, defaultType == null || defaultType.isBlank() ? null : defaultType.strip(), access.who());
        ImportResult result = apply(records, "item ");
        access.record(
                AccessAction.IMPORT_QTI,
                "QTI import: " + result.itemsCreated() + " new item(s), " + result.versionsAdded() + " new version(s)",
                records.size());
        return result;
    }

    /** Imports a CSV of item versions. All or nothing. */
    public ImportResult importCsv(Reader csv) {
        access.requireExaminer();
        List<ItemRecord> records = ItemCsv.read(csv);
        ImportResult result = apply(records, "line ");
        access.record(
                AccessAction.IMPORT_CSV,
                "CSV import: " + result.itemsCreated() + " new item(s), " + result.versionsAdded() + " new version(s)",
                records.size());
        return result;
    }

    /** Loads checked records (the demo data's items): as an import, without the log. */
    public ImportResult apply(List<ItemRecord> records, String kind) {
        List<Violation> problems = new ArrayList<>();
        Map<String, Boolean> knownTypes = new HashMap<>();
        Map<String, Item> existing = new HashMap<>();
        Map<String, String> typeOfCode = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            ItemRecord r = records.get(i);
            String where = kind + (kind.startsWith("line") ? (i + 2) + " (" + r.code() + ") " : r.code() + " ");
            if (r.code() == null || !Item.CODE.matcher(r.code()).matches()) {
                problems.add(new Violation(
                        where + "code",
                        "item-code",
                        where + "code: a letter followed by up to 39 letters, digits, '-', '_'" + " or '.', not '"
                                + r.code() + "'"));
                continue;
            }
            boolean known = knownTypes.computeIfAbsent(
                    r.certificateType(),
                    t -> t != null
                            && !em.createNativeQuery("select code from lic_certificate_type where code = ?1")
                                    .setParameter(1, t)
                                    .getResultList()
                                    .isEmpty());
            if (!known) {
                problems.add(new Violation(
                        where + "certificateType",
                        "exists",
                        where + "certificateType: there is no certificate type '" + r.certificateType() + "'"));
                continue;
            }
            Item item = existing.computeIfAbsent(
                    r.code(),
                    c -> em.createQuery("select i from Item i where i.code = :code", Item.class)
                            .setParameter("code", c)
                            .getResultStream()
                            .findFirst()
                            .orElse(null));
            String type =
                    item != null ? item.getCertificateType() : typeOfCode.putIfAbsent(r.code(), r.certificateType());
            if (type != null && !type.equals(r.certificateType())) {
                problems.add(new Violation(
                        where + "certificateType",
                        "item-type",
                        where + "certificateType: item " + r.code() + " examines " + type + ", not "
                                + r.certificateType()));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        int created = 0;
        int added = 0;
        int unchanged = 0;
        Map<String, Item> items = new LinkedHashMap<>(existing);
        for (ItemRecord r : records) {
            Item item = items.get(r.code());
            if (item == null) {
                item = bank.add(r.certificateType(), r.code(), r.content());
                items.put(r.code(), item);
                created++;
            } else if (holds(item, r.content())) {
                unchanged++;
            } else {
                bank.editAsImport(item, r.content());
                added++;
            }
        }
        em.flush();
        return new ImportResult(created, added, unchanged, List.copyOf(items.keySet()));
    }

    private static boolean holds(Item item, ItemContent content) {
        return item.getVersions().stream().anyMatch(v -> v.getContent().equals(content));
    }
}

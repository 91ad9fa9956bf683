package org.tryon.licensing.itembank.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRow;
import org.tryon.licensing.itembank.application.ItemBankViews.OptionView;
import org.tryon.licensing.itembank.application.ItemBankViews.VersionView;
import org.tryon.licensing.itembank.domain.AccessAction;
import org.tryon.licensing.itembank.domain.Item;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.licensing.itembank.domain.ItemStatus;
import org.tryon.licensing.itembank.domain.ItemVersion;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.lists.ListPage;

/**
 * The items of the bank (107.1.5 C): write an item, edit it (a new version, ADR 0034), correct a draft, and the review
 * (approve by the subcommittee's decision, activate, retire). Only exam administrators reach it; every view of an item
 * is logged.
 */
@ApplicationScoped
@Transactional
public class ItemBank {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ItemBankAccess access;

    public ItemBank() {}

    /** For tests outside a container. */
    public ItemBank(EntityManager em, Clock clock, ItemBankAccess access) {
        this.em = em;
        this.clock = clock;
        this.access = access;
    }

    /** The items, filtered by type, content area (contains) and a status any of their versions has; no content shown. */
    public ListPage<ItemRow> list(String certificateType, String area, String status, int first, int size) {
        access.requireExaminer();
        ItemStatus st = status == null || status.isBlank() ? null : status(status);
        StringBuilder where = new StringBuilder(" from Item i where 1 = 1");
        if (certificateType != null && !certificateType.isBlank()) {
            where.append(" and i.certificateType = :type");
        }
        if (area != null && !area.isBlank()) {
            where.append(" and exists (select 1 from ItemVersion l where l.item = i and lower(l.contentArea) like :area"
                    + " and l.number = (select max(m.number) from ItemVersion m where m.item = i))");
        }
        if (st != null) {
            where.append(" and exists (select 1 from ItemVersion s where s.item = i and s.status = :status)");
        }
        var count = em.createQuery("select count(i)" + where, Long.class);
        var ids = em.createQuery("select i.id" + where + " order by i.code", Long.class);
        for (var q : List.of(count, ids)) {
            if (certificateType != null && !certificateType.isBlank()) {
                q.setParameter("type", certificateType.strip());
            }
            if (area != null && !area.isBlank()) {
                q.setParameter("area", "%" + area.strip().toLowerCase(Locale.ROOT) + "%");
            }
            if (st != null) {
                q.setParameter("status", st);
            }
        }
        long total = count.getSingleResult();
        int pageSize = Math.max(1, Math.min(size <= 0 ? 50 : size, 500));
        List<Long> page =
                ids.setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultList();
        List<ItemRow> rows = new ArrayList<>();
        if (!page.isEmpty()) {
            List<Item> items = em.createQuery(
                            "select distinct i from Item i left join fetch i.versions where i.id in :ids", Item.class)
                    .setParameter("ids", page)
                    .getResultList();
            items.sort(Comparator.comparing(Item::getCode));
            for (Item i : items) {
                rows.add(row(i));
            }
        }
        return new ListPage<>(rows, total, Math.max(0, first), pageSize);
    }

    static ItemStatus status(String text) {
        try {
            return ItemStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException(
                    "status",
                    "item-status",
                    "'" + text + "' is not a status of an item version (DRAFT, APPROVED," + " ACTIVE, RETIRED)");
        }
    }

    private static ItemRow row(Item i) {
        ItemVersion latest = i.latest();
        return new ItemRow(
                i.getId(),
                i.getCode(),
                i.getCertificateType(),
                latest.getContentArea(),
                latest.getNumber(),
                latest.getStatus().name(),
                i.active().map(ItemVersion::getNumber).orElse(null),
                latest.isAdministered(),
                i.getVersions().size());
    }

    /** A new item: its first version, a DRAFT. */
    public ItemDetail create(WriteItem command) {
        access.requireExaminer();
        if (command == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        String type = requireType(command.certificateType());
        String code = command.code() == null || command.code().isBlank()
                ? nextCode(type)
                : command.code().strip();
        if (!em.createQuery("select i.id from Item i where i.code = :code", Long.class)
                .setParameter("code", code)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException("code", "unique", "There is already an item " + code);
        }
        Item item = new Item(type, code, command.content(access.who()), access.who(), clock.instant());
        em.persist(item);
        em.flush();
        return detail(item);
    }

    /** Adds an item to the bank as {@link ItemTransfer} and the demo data do (a type already checked). */
    public Item add(String type, String code, ItemContent content) {
        Item item = new Item(type, code, content, access.who(), clock.instant());
        em.persist(item);
        return item;
    }

    /** Edits an item as an import does (the next version, when the content is new). */
    public void editAsImport(Item item, ItemContent content) {
        item.edit(content, access.who(), clock.instant());
    }

    /** The item of a code (the demo data's approvals). */
    public long idOf(String code) {
        return em.createQuery("select i.id from Item i where i.code = :code", Long.class)
                .setParameter("code", code)
                .getSingleResult();
    }

    String requireType(String certificateType) {
        if (certificateType == null || certificateType.isBlank()) {
            throw new RuleViolationException(
                    "certificateType", "required", "Name the certificate type the item examines");
        }
        List<?> found = em.createNativeQuery("select code from lic_certificate_type where code = ?1")
                .setParameter(1, certificateType.strip())
                .getResultList();
        if (found.isEmpty()) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + certificateType + "'");
        }
        return certificateType.strip();
    }

    /** The next free code of a type: its initials and a number (JOURNEYMAN-ELECTRICIAN: JE-0061). */
    private String nextCode(String type) {
        StringBuilder prefix = new StringBuilder();
        for (String part : type.split("-")) {
            if (!part.isEmpty()) {
                prefix.append(part.charAt(0));
            }
        }
        long n = em.createQuery("select count(i) from Item i where i.certificateType = :type", Long.class)
                        .setParameter("type", type)
                        .getSingleResult()
                + 1;
        while (true) {
            String code = prefix + "-" + String.format("%04d", n);
            if (em.createQuery("select count(i) from Item i where i.code = :code", Long.class)
                            .setParameter("code", code)
                            .getSingleResult()
                    == 0) {
                return code;
            }
            n++;
        }
    }

    /** An edit: the item's next version, a DRAFT (ADR 0034); the version active before stays active until the new one is. */
    public ItemDetail edit(long itemId, WriteItem command) {
        access.requireExaminer();
        if (command == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        Item item = find(itemId);
        if (command.certificateType() != null
                && !command.certificateType().isBlank()
                && !command.certificateType().strip().equals(item.getCertificateType())) {
            throw new RuleViolationException(
                    "certificateType",
                    "item-type",
                    "Item " + item.getCode() + " examines " + item.getCertificateType() + "; an edit keeps the type");
        }
        item.edit(command.content(access.who()), access.who(), clock.instant());
        em.flush();
        return detail(item);
    }

    /** Corrects a DRAFT version in place; refused for a version once administered (107.1.5 C.2) and past DRAFT. */
    public ItemDetail correct(long itemId, int number, WriteItem command) {
        access.requireExaminer();
        if (command == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        Item item = find(itemId);
        item.version(number).correct(command.content(access.who()), access.who());
        em.flush();
        return detail(item);
    }

    public ItemDetail approve(long itemId, int number, ApproveVersion command) {
        access.requireExaminer();
        Item item = find(itemId);
        item.version(number)
                .approve(
                        command == null ? null : command.decisionReference(),
                        command == null ? null : command.decisionDate(),
                        access.who(),
                        LocalDate.now(clock));
        em.flush();
        return detail(item);
    }

    public ItemDetail activate(long itemId, int number) {
        access.requireExaminer();
        Item item = find(itemId);
        item.activate(item.version(number), access.who(), clock.instant());
        em.flush();
        return detail(item);
    }

    public ItemDetail retire(long itemId, int number) {
        access.requireExaminer();
        Item item = find(itemId);
        item.version(number).retire(access.who(), clock.instant());
        em.flush();
        return detail(item);
    }

    /** An item with its versions: a view of the confidential item, logged. */
    public ItemDetail view(long itemId) {
        access.requireExaminer();
        Item item = find(itemId);
        access.record(
                AccessAction.VIEW,
                "item " + item.getCode() + " (" + item.getVersions().size() + " version(s))",
                1);
        return detail(item);
    }

    Item find(long itemId) {
        Item item = em.find(Item.class, itemId);
        if (item == null) {
            throw new RecordNotFoundException("item", itemId);
        }
        return item;
    }

    /** The content areas the bank holds for a type (for filters and outlines). */
    public List<String> contentAreas(String certificateType) {
        access.requireExaminer();
        return em.createQuery(
                        "select distinct v.contentArea from ItemVersion v where (:type is null or v.item.certificateType = :type)"
                                + " order by v.contentArea",
                        String.class)
                .setParameter("type", certificateType == null || certificateType.isBlank() ? null : certificateType)
                .getResultList();
    }

    static ItemDetail detail(Item item) {
        List<VersionView> versions = new ArrayList<>(
                item.getVersions().stream().map(ItemBank::version).toList());
        versions.sort(Comparator.comparingInt(VersionView::number).reversed());
        return new ItemDetail(item.getId(), item.getCode(), item.getCertificateType(), versions);
    }

    static VersionView version(ItemVersion v) {
        return new VersionView(
                v.getId(),
                v.getNumber(),
                v.getStatus().name(),
                v.isAdministered(),
                v.getStem(),
                v.getOptions().stream()
                        .map(o -> new OptionView(o.getLabel(), o.getText()))
                        .toList(),
                v.getCorrectOption(),
                v.getContentArea(),
                v.getReference(),
                v.getAuthor(),
                v.getCreatedAt(),
                v.getDecisionReference(),
                v.getDecisionDate(),
                v.getDecisionKeyedBy(),
                v.getActivatedAt(),
                v.getRetiredAt(),
                v.getChangedBy());
    }
}

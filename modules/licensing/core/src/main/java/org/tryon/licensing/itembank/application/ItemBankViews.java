package org.tryon.licensing.itembank.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.itembank.domain.ItemContent;

/** What the item bank's screens and API show. */
public final class ItemBankViews {

    private ItemBankViews() {}

    /** A row of the items list: no stem or options (the list is not a view of an item's content). */
    public record ItemRow(
            long id,
            String code,
            String certificateType,
            String contentArea,
            int latestNumber,
            String latestStatus,
            Integer activeNumber,
            boolean administered,
            int versions)
            implements java.io.Serializable {}

    public record OptionView(String label, String text) implements java.io.Serializable {}

    public record VersionView(
            long id,
            int number,
            String status,
            boolean administered,
            String stem,
            List<OptionView> options,
            String key,
            String contentArea,
            String reference,
            String author,
            Instant createdAt,
            String decisionReference,
            LocalDate decisionDate,
            String decisionKeyedBy,
            Instant activatedAt,
            Instant retiredAt,
            String changedBy)
            implements java.io.Serializable {}

    /** An item with every version, newest first. */
    public record ItemDetail(long id, String code, String certificateType, List<VersionView> versions)
            implements java.io.Serializable {}

    public record AreaCount(String contentArea, int items) implements java.io.Serializable {}

    public record OutlineView(
            long id,
            String certificateType,
            LocalDate effectiveFrom,
            String note,
            String recordedBy,
            Instant recordedAt,
            List<AreaCount> areas,
            int total)
            implements java.io.Serializable {}

    public record FormRow(
            long id,
            String code,
            String certificateType,
            String status,
            int items,
            Long seed,
            Instant assembledAt,
            Instant lockedAt,
            String lockedBy)
            implements java.io.Serializable {}

    public record FormItemView(
            int position,
            long itemId,
            String itemCode,
            long versionId,
            int versionNumber,
            String contentArea,
            String stem,
            List<OptionView> options,
            String key,
            String status)
            implements java.io.Serializable {}

    public record FormDetail(
            long id,
            String code,
            String certificateType,
            String status,
            Long seed,
            Long outlineId,
            String assembledBy,
            Instant assembledAt,
            String lockedBy,
            Instant lockedAt,
            Instant retiredAt,
            List<AreaCount> areas,
            List<FormItemView> items)
            implements java.io.Serializable {}

    /**
     * A LOCKED form a candidate may be given (check-in picks one of the type; {@code itemCount} positions).
     */
    public record LockedForm(long id, String code, String certificateType, int itemCount, Instant lockedAt)
            implements java.io.Serializable {}

    public record AccessView(long id, Instant at, String user, String action, String subject, int itemCount)
            implements java.io.Serializable {}

    /** One item version as imported or exported (QTI, CSV): the item's code and type, the version's number, status and content. */
    public record ItemRecord(
            String code, String certificateType, int number, String status, boolean administered, ItemContent content)
            implements java.io.Serializable {}

    /** What an import did: items created, new versions added to items already in the bank, versions already there. */
    public record ImportResult(int itemsCreated, int versionsAdded, int unchanged, List<String> codes)
            implements java.io.Serializable {}
}

package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.permitting.enforcement.application.DeliveryView;
import org.tryon.permitting.machinery.domain.AppealDecision;
import org.tryon.permitting.machinery.domain.ExceptionNotice;
import org.tryon.permitting.machinery.domain.ExceptionNoticeDelivery;
import org.tryon.permitting.machinery.domain.ExceptionNoticeLine;
import org.tryon.permitting.machinery.domain.ItemStatus;
import org.tryon.permitting.machinery.domain.MachineryAppeal;
import org.tryon.permitting.machinery.domain.MachineryDeclaration;
import org.tryon.permitting.machinery.domain.MachineryDetermination;
import org.tryon.permitting.machinery.domain.MachineryEscalation;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.machinery.domain.UnsafeInstallationReport;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.RuleViolationException;

/**
 * Reading the industrial machinery records (108.10 G): a permit's whole record as kept for future
 * reference (G.1), the department's open work (items awaiting the inspector, referred to the trade
 * chief, or under appeal), and the audit trail of an item (108.3).
 */
@ApplicationScoped
@Transactional
public class MachineryRecords {

    /** A permit with industrial machinery work open: items awaiting the initial determination, referred (G.3 D), under appeal (G.2). */
    public record OpenWork(long permitId, String permitNumber, long awaitingInspector, long referred, long underAppeal)
            implements java.io.Serializable {}

    @Inject
    MachineryContext context;

    @Inject
    AuditHistory audit;

    public MachineryRecordView record(long permitId) {
        Permit permit = context.permit(permitId);
        EntityManager em = context.em();
        List<MachineryItem> items = context.items(permitId);
        Map<Long, MachineryItem> byId =
                items.stream().collect(Collectors.toMap(MachineryItem::getId, Function.identity()));
        Map<Long, List<MachineryDetermination>> determinations =
                byPermit(MachineryDetermination.class, permitId, "id").stream()
                        .collect(Collectors.groupingBy(MachineryDetermination::getItemId));
        List<ExceptionNotice> notices = byPermit(ExceptionNotice.class, permitId, "id desc");
        List<Long> noticeIds = notices.stream().map(ExceptionNotice::getId).toList();
        Map<Long, List<ExceptionNoticeLine>> lines = of(ExceptionNoticeLine.class, noticeIds, "itemNumber").stream()
                .collect(Collectors.groupingBy(ExceptionNoticeLine::getNoticeId));
        Map<Long, List<ExceptionNoticeDelivery>> deliveries =
                of(ExceptionNoticeDelivery.class, noticeIds, "deliveredOn, x.id").stream()
                        .collect(Collectors.groupingBy(ExceptionNoticeDelivery::getNoticeId));

        return new MachineryRecordView(
                permit.getId(),
                permit.getNumber(),
                permit.getTrade().label(),
                permit.getStatus().label(),
                permit.getAddress().toString(),
                byPermit(MachineryDeclaration.class, permitId, "sequence").stream()
                        .map(MachineryRecordView.Declaration::of)
                        .toList(),
                items.stream()
                        .map(i -> MachineryRecordView.Item.of(
                                i,
                                determinations.getOrDefault(i.getId(), List.of()).stream()
                                        .map(MachineryRecordView.Determination::of)
                                        .toList()))
                        .toList(),
                byPermit(MachineryEscalation.class, permitId, "id").stream()
                        .map(e -> {
                            List<MachineryItem> referred = items.stream()
                                    .filter(i -> e.getId().equals(i.getEscalationId()))
                                    .toList();
                            return MachineryRecordView.Escalation.of(
                                    e,
                                    referred,
                                    referred.stream()
                                            .map(MachineryItem::getNumber)
                                            .toList());
                        })
                        .toList(),
                notices.stream()
                        .map(n -> MachineryRecordView.Notice.of(
                                n,
                                lines.getOrDefault(n.getId(), List.of()),
                                deliveries.getOrDefault(n.getId(), List.of()).stream()
                                        .map(DeliveryView::of)
                                        .toList()))
                        .toList(),
                byPermit(MachineryAppeal.class, permitId, "id").stream()
                        .map(a -> MachineryRecordView.Appeal.of(a, appealed(a, items, determinations)))
                        .toList(),
                byPermit(UnsafeInstallationReport.class, permitId, "id").stream()
                        .map(r -> MachineryRecordView.UnsafeReport.of(
                                r,
                                r.getItemId() == null
                                        ? null
                                        : byId.get(r.getItemId()).getNumber()))
                        .toList());
    }

    /** The permits with open industrial machinery work, oldest permit first. */
    public List<OpenWork> openWork() {
        List<Object[]> rows = context.em()
                .createQuery(
                        "select i.permitId, p.number, i.status, count(i) from MachineryItem i, Permit p "
                                + "where p.id = i.permitId and i.status in :open group by i.permitId, p.number, i.status order by i.permitId",
                        Object[].class)
                .setParameter("open", List.of(ItemStatus.DECLARED, ItemStatus.REFERRED, ItemStatus.UNDER_APPEAL))
                .getResultList();
        Map<Long, List<Object[]>> byPermit =
                rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new, Collectors.toList()));
        return byPermit.values().stream()
                .map(rs -> new OpenWork(
                        (Long) rs.get(0)[0],
                        (String) rs.get(0)[1],
                        count(rs, ItemStatus.DECLARED),
                        count(rs, ItemStatus.REFERRED),
                        count(rs, ItemStatus.UNDER_APPEAL)))
                .toList();
    }

    /** Every change of an item with who, when, before and after (108.3). */
    public List<HistoryEntry> itemHistory(long itemId) {
        context.item(itemId);
        return audit.of(MachineryItem.class, itemId);
    }

    /** The id of a permit by its number, for screens where staff type the number. */
    public long permitIdOf(String permitNumber) {
        String number = permitNumber == null ? "" : permitNumber.trim().toUpperCase();
        return context.em()
                .createQuery("select p.id from Permit p where p.number = :n", Long.class)
                .setParameter("n", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "permitNumber", "exists", "There is no permit numbered '" + number + "'"));
    }

    private static List<MachineryRecordView.AppealedItem> appealed(
            MachineryAppeal appeal, List<MachineryItem> items, Map<Long, List<MachineryDetermination>> determinations) {
        return items.stream()
                .filter(i -> appeal.getId().equals(i.getAppealId()))
                .map(i -> {
                    MachineryDetermination outcome = determinations.getOrDefault(i.getId(), List.of()).stream()
                            .filter(d -> appeal.getId().equals(d.getAppealId()))
                            .findFirst()
                            .orElse(null);
                    if (outcome == null) {
                        return new MachineryRecordView.AppealedItem(
                                i.getId(), i.getNumber(), null, null, null, null, null);
                    }
                    AppealDecision decision = AppealDecision.of(outcome.getOutcome());
                    return new MachineryRecordView.AppealedItem(
                            i.getId(),
                            i.getNumber(),
                            decision,
                            decision.label(),
                            outcome.getDeterminedOn(),
                            outcome.getDeterminedBy(),
                            outcome.getDetails());
                })
                .toList();
    }

    private static long count(List<Object[]> rows, ItemStatus status) {
        return rows.stream()
                .filter(r -> r[2] == status)
                .mapToLong(r -> (Long) r[3])
                .sum();
    }

    private <T> List<T> byPermit(Class<T> type, long permitId, String order) {
        return context.em()
                .createQuery(
                        "select x from " + type.getSimpleName() + " x where x.permitId = :p order by x." + order, type)
                .setParameter("p", permitId)
                .getResultList();
    }

    private <T> List<T> of(Class<T> type, Collection<Long> noticeIds, String order) {
        if (noticeIds.isEmpty()) {
            return List.of();
        }
        return context.em()
                .createQuery(
                        "select x from " + type.getSimpleName() + " x where x.noticeId in :ids order by x." + order,
                        type)
                .setParameter("ids", noticeIds)
                .getResultList();
    }
}

package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.tryon.permitting.machinery.domain.MachineryAppeal;
import org.tryon.permitting.machinery.domain.MachineryAuthority;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.module.domain.Act;

/**
 * Use cases of the owner's appeal of exceptions taken to the industrial machinery list (108.10 G.2,
 * G.3 E): the appeal as filed, on the items it names, and then the outcome for each item (upheld or
 * reversed), each a new record: nothing recorded before is edited.
 */
@ApplicationScoped
@Transactional
public class MachineryAppeals {

    @Inject
    MachineryContext context;

    @Inject
    MachineryRecords records;

    /** G.2, G.3 E */
    public MachineryRecordView file(long permitId, FileAppeal command) {
        context.allowed(MachineryAuthority.appealReceivers(), "108.10 G.2 appeal", command);
        context.permit(permitId);
        List<MachineryItem> items = command.itemIds().stream()
                .distinct()
                .map(id -> context.itemOf(permitId, id, "itemIds"))
                .toList();
        MachineryAppeal appeal = MachineryAppeal.filed(
                permitId, items, command.filedOn(), command.appellant(), command.grounds(), context.act());
        context.em().persist(appeal);
        context.em().flush();
        items.forEach(i -> i.appeal(appeal.getId(), command.filedOn()));
        context.em().flush();
        return records.record(permitId);
    }

    /** G.2: the outcome for one item of the appeal. */
    public MachineryRecordView decide(long appealId, RecordAppealOutcome command) {
        context.allowed(MachineryAuthority.tradeChiefs(), "108.10 G.2 outcome of an appeal", command);
        MachineryAppeal appeal = context.appeal(appealId);
        MachineryItem item = context.itemOf(appeal.getPermitId(), command.itemId(), "itemId");
        Act recorded = context.act();
        context.em()
                .persist(item.decideAppeal(
                        appeal,
                        command.decision(),
                        command.decidedOn(),
                        command.decidedBy(),
                        command.reasons(),
                        recorded));
        context.em().flush();
        return records.record(appeal.getPermitId());
    }
}

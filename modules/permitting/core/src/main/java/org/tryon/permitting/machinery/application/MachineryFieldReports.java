package org.tryon.permitting.machinery.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.tryon.permitting.machinery.domain.MachineryAuthority;
import org.tryon.permitting.machinery.domain.MachineryItem;
import org.tryon.permitting.machinery.domain.UnsafeInstallationReport;

/**
 * What the inspector records from the field about industrial machinery: an unsafe installation and
 * whom the inspector advised of it (108.10 G.3 F), and for an item accepted as industrial machinery
 * whether it is in place at final inspection and the service point the building wiring is
 * inspected to (G.3 F.4.1.1, F.4.1.2).
 */
@ApplicationScoped
@Transactional
public class MachineryFieldReports {

    @Inject
    MachineryContext context;

    @Inject
    MachineryRecords records;

    /** G.3 F */
    public MachineryRecordView reportUnsafeInstallation(long permitId, ReportUnsafeInstallation command) {
        context.allowed(MachineryAuthority.fieldStaff(), "108.10 G.3 F unsafe installation", command);
        context.permit(permitId);
        MachineryItem item = command.itemId() == null ? null : context.itemOf(permitId, command.itemId(), "itemId");
        context.em()
                .persist(UnsafeInstallationReport.of(
                        permitId,
                        item,
                        command.observedOn(),
                        command.conditions(),
                        new UnsafeInstallationReport.OwnerAdvice(
                                command.advisedParty(), command.advisedName(), command.advisedOn()),
                        command.oshaAdvisedOn(),
                        command.oshaContact(),
                        context.act()));
        context.em().flush();
        return records.record(permitId);
    }

    /** G.3 F.4.1 */
    public MachineryRecordView recordInspectionScope(long itemId, RecordInspectionScope command) {
        context.allowed(MachineryAuthority.fieldStaff(), "108.10 G.3 F.4.1 inspection at final", command);
        MachineryItem item = context.item(itemId);
        item.recordInspectionScope(
                command.inPlaceAtFinal(), command.connectionPoint(), command.connectionDetail(), context.act());
        context.em().flush();
        return records.record(item.getPermitId());
    }
}

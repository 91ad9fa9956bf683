package org.tryon.permitting.permits.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.platform.kernel.Trade;

/**
 * A permit as screens and the API show it: its project, its holder (a licensed contractor, or the
 * owner acting as their own contractor), its master permit, and its running clock: what it becomes
 * on which day unless something happens first (108.8.1, 108.10 E); and the replacement link both ways
 * (108.8.1): the ended permit this one replaces, and the permit that replaces this ended one.
 */
public record PermitView(
        long id,
        String number,
        Trade trade,
        String status,
        long projectId,
        String projectName,
        String projectPin,
        String holderKind,
        long holderId,
        String holderName,
        Long contractorId,
        String contractorName,
        String homeownerDeclaredBy,
        Long masterPermitId,
        String masterPermitNumber,
        String complianceStatementBy,
        String address,
        String description,
        BigDecimal constructionValue,
        LocalDate appliedOn,
        LocalDate issuedOn,
        String issuedBy,
        LocalDate commencedOn,
        String clockBecomes,
        LocalDate clockRunsOutOn,
        String clockSection,
        LocalDate latestRequestOn,
        LocalDate latestInspectionOn,
        long version,
        Long replacesPermitId,
        String replacesPermitNumber,
        Long replacedByPermitId,
        String replacedByPermitNumber)
        implements java.io.Serializable {

    static PermitView of(Permit p, PermitClocks clocks) {
        var deadline = p.nextDeadline(clocks);
        var holder = p.holder();
        var contractor = p.getContractor();
        var master = p.getMasterPermit();
        var replaces = p.getReplaces();
        var replacedBy = p.getReplacedBy();
        return new PermitView(
                p.getId(),
                p.getNumber(),
                p.getTrade(),
                p.getStatus().name(),
                p.getProject().getId(),
                p.getProject().getName(),
                p.getProject().getPin(),
                holder.kind().name(),
                holder.id(),
                holder.name(),
                contractor == null ? null : contractor.getId(),
                contractor == null ? null : contractor.getName(),
                p.getHomeowner() == null ? null : p.getHomeowner().getDeclaredBy(),
                master == null ? null : master.getId(),
                master == null ? null : master.getNumber(),
                p.getComplianceStatementBy(),
                p.getAddress().toString(),
                p.getDescription(),
                p.getConstructionValue().amount(),
                p.getAppliedOn(),
                p.getIssuedOn(),
                p.getIssuedBy(),
                p.getCommencedOn(),
                deadline.map(d -> d.becomes().name()).orElse(null),
                deadline.map(PermitClocks.Deadline::on).orElse(null),
                deadline.map(PermitClocks.Deadline::section).orElse(null),
                p.getLatestRequestOn(),
                p.getLatestInspectionOn(),
                p.getVersion(),
                replaces == null ? null : replaces.getId(),
                replaces == null ? null : replaces.getNumber(),
                replacedBy == null ? null : replacedBy.getId(),
                replacedBy == null ? null : replacedBy.getNumber());
    }

    /** 108.8.1: whether a new permit may be applied for in place of this one (it ended, and no replacement stands). */
    public boolean replaceable() {
        return PermitStatus.valueOf(status).endedBeforeFinal() && replacedByPermitId == null;
    }
}

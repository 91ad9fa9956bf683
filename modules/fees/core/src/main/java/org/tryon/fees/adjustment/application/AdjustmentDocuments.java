package org.tryon.fees.adjustment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.List;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.text.UsFormat;

/**
 * The recap sheet of the re-inspection fee adjustment (Re-Inspection Fee Program: "A recap sheet showing the amount
 * of inspections and failures per trade is issued with the Certificate of Occupancy") as a PDF,
 * rendered from the recap when asked for (ADR 0010): per trade, the rate raw and rounded with the
 * rounding rule, the schedule line, the limits applied and the charge or credit, and what was
 * applied to the accounts.
 */
@ApplicationScoped
@Transactional
public class AdjustmentDocuments {

    /** The document and its file name. */
    public record Document(String fileName, byte[] pdf) {}

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    Letterhead letterhead;

    public Document recap(long projectId) {
        AdjustmentRecap recap = adjustments.recap(projectId);
        PdfDocumentBuilder doc = letterhead
                .document("Re-Inspection Fee Adjustment Recap Sheet")
                .reference("RECAP-" + projectId)
                .dated(recap.computedOn())
                .fact("Program", "Re-Inspection Fee Program, revised fees effective 10/1/02")
                .fact("Project", recap.projectName())
                .fact("Address", recap.address())
                .fact("Computed as of", UsFormat.words(recap.computedOn()))
                .fact("Status", recap.readiness())
                .fact("Note", recap.note());
        for (AdjustmentRecap.Part p : recap.parts()) {
            StringBuilder trades = new StringBuilder();
            for (AdjustmentRecap.TradeLine t : p.byTrade()) {
                trades.append(t.trade())
                        .append(": ")
                        .append(t.inspections())
                        .append(" inspections, ")
                        .append(t.failures())
                        .append(" failed\n");
            }
            trades.append("All trades: ")
                    .append(p.inspections())
                    .append(" inspections, ")
                    .append(p.failures())
                    .append(" failed");
            if (p.excluded() > 0) {
                trades.append(" (")
                        .append(p.excluded())
                        .append(" re-inspections left out under 108.10 F.2.1.1 and F.2.2.1)");
            }
            trades.append("\nCounted (Re-Inspection Fee Program): ").append(p.counted());
            doc.section("Responsible: " + p.responsible() + " (" + p.accountCode() + ")", p.responsibility());
            doc.section("Inspections and failures per trade", trades.toString());
            if (p.note() != null) {
                doc.section("No adjustment", p.note());
                continue;
            }
            StringBuilder permits = new StringBuilder();
            for (AdjustmentRecap.PermitLine l : p.permits()) {
                permits.append(l.number())
                        .append(" (")
                        .append(l.trade())
                        .append(", ")
                        .append(l.holder())
                        .append("): original fee $")
                        .append(l.fee().toPlainString());
                if (l.charged() != null) {
                    permits.append(", ")
                            .append(pct(p.percent()))
                            .append(" = $")
                            .append(l.byPercent().toPlainString())
                            .append(", charged $")
                            .append(l.charged().toPlainString());
                }
                permits.append('\n');
            }
            doc.section(
                    "Computation",
                    "Code defect rate: " + p.failures() + " / " + p.inspections() + " = "
                            + p.rawRate().toPlainString() + " %, read as "
                            + p.roundedRate() + " % (" + p.roundingRule() + ")\n"
                            + "Schedule in force from " + UsFormat.date(p.scheduleFrom()) + ", line " + p.scheduleLine()
                            + ": "
                            + pct(p.schedulePercent())
                            + (p.percent().compareTo(p.schedulePercent()) != 0 ? ", applied " + pct(p.percent()) : "")
                            + "\n"
                            + p.sizeWhy() + "\n"
                            + "Original permit fee $" + p.permitFee().toPlainString() + " x " + pct(p.percent())
                            + " = $"
                            + p.byPercent().toPlainString() + "\n"
                            + permits.toString().strip());
            doc.section(
                    "Limits applied",
                    p.limitsApplied().isEmpty() ? "None reached" : String.join("\n", p.limitsApplied()));
            doc.section(
                    "Result",
                    switch (p.kind()) {
                        case "CHARGE" -> "Charge of $" + p.amount().toPlainString() + " to " + p.responsible();
                        case "CREDIT" -> "Credit of $" + p.amount().negate().toPlainString() + " to " + p.responsible();
                        default -> "No charge and no credit";
                    });
        }
        List<AdjustmentRecap.Applied> applied = recap.posted();
        if (!applied.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (AdjustmentRecap.Applied a : applied) {
                text.append(a.accountCode())
                        .append(": ")
                        .append(
                                a.amount().signum() < 0
                                        ? "credit $" + a.amount().negate().toPlainString()
                                        : a.amount().signum() > 0
                                                ? "charge $" + a.amount().toPlainString()
                                                : "none")
                        .append(", applied as of ")
                        .append(UsFormat.words(a.computedOn()))
                        .append(" (rate ")
                        .append(a.rawRate().toPlainString())
                        .append(" %, read as ")
                        .append(a.roundedRate())
                        .append(" %)\n");
            }
            doc.section("Applied before the certificate", text.toString().strip());
        }
        if (!recap.nothingToPost().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (AdjustmentRecap.Applied a : recap.nothingToPost()) {
                text.append(a.accountCode())
                        .append(": no charge and no credit, nothing to post (no ledger entry), as of ")
                        .append(UsFormat.words(a.computedOn()))
                        .append(" (rate ")
                        .append(a.rawRate().toPlainString())
                        .append(" %, read as ")
                        .append(a.roundedRate())
                        .append(" %)\n");
            }
            doc.section("Nothing to post", text.toString().strip());
        }
        if (!recap.appeals().isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (AdjustmentRecap.Appeal a : recap.appeals()) {
                text.append("Appeal #")
                        .append(a.appealId())
                        .append(" of ")
                        .append(a.accountCode())
                        .append(" (")
                        .append(money(a.appealedAmount()))
                        .append("), received ")
                        .append(UsFormat.words(a.receivedOn()))
                        .append(": ")
                        .append(a.grounds())
                        .append('\n');
                if (a.decision() == null) {
                    text.append("  Open: the director's decision is pending\n");
                } else if ("UPHELD".equals(a.decision())) {
                    text.append("  Upheld by ")
                            .append(a.decidedBy())
                            .append(" on ")
                            .append(UsFormat.words(a.decidedOn()))
                            .append(a.reason() == null ? "" : ": " + a.reason())
                            .append("; the adjustment stands\n");
                } else {
                    text.append("  Changed by ")
                            .append(a.decidedBy())
                            .append(" on ")
                            .append(UsFormat.words(a.decidedOn()))
                            .append(" to ")
                            .append(money(a.decidedAmount()))
                            .append(": ")
                            .append(a.reason())
                            .append(
                                    a.reversalPostingId() == null
                                            ? ""
                                            : "; posting reversed by #" + a.reversalPostingId())
                            .append(a.newPostingId() == null ? "" : "; new entry #" + a.newPostingId())
                            .append('\n');
                }
            }
            doc.section("Appeals", text.toString().strip());
        }
        return new Document("reinspection-adjustment-" + projectId + ".pdf", doc.render());
    }

    /** An adjustment in words: a charge, a credit or none. */
    static String money(BigDecimal amount) {
        return amount.signum() > 0
                ? "charge $" + amount.toPlainString()
                : amount.signum() < 0 ? "credit $" + amount.negate().toPlainString() : "no charge and no credit";
    }

    private static String pct(BigDecimal percent) {
        return (percent.signum() > 0 ? "+" : "") + percent.stripTrailingZeros().toPlainString() + " %";
    }
}

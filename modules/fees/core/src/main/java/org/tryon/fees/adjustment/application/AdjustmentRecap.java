package org.tryon.fees.adjustment.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The recap sheet of a project's re-inspection fee adjustment (Re-Inspection Fee Program: "A recap sheet showing the
 * amount of inspections and failures per trade is issued with the Certificate of Occupancy"):
 * computed as of {@code computedOn}; {@code posted} lists what was applied to the accounts before
 * the certificate as a ledger entry (empty until then); {@code nothingToPost} the adjustments applied
 * as zero (no charge and no credit: no ledger entry, never shown as posted); {@code appeals} the customers' appeals of it and the director's
 * decisions, oldest first.
 *
 * @param note why there is no adjustment to compute yet (no inspections, no schedule in force), or null
 */
public record AdjustmentRecap(
        long projectId,
        String projectName,
        String address,
        LocalDate computedOn,
        boolean readyToApply,
        String readiness,
        String note,
        List<Part> parts,
        List<Applied> posted,
        List<Applied> nothingToPost,
        List<Appeal> appeals)
        implements java.io.Serializable {

    /** One trade's line: inspections and failures counted for the rate. */
    public record TradeLine(String trade, int inspections, int failures) implements java.io.Serializable {}

    /** A permit's line: its original fee and, on a small project, its charge with the $25 minimum. */
    public record PermitLine(
            long permitId,
            String number,
            String trade,
            String holder,
            String status,
            BigDecimal fee,
            BigDecimal byPercent,
            BigDecimal charged)
            implements java.io.Serializable {}

    /**
     * The adjustment of one responsible party (the whole project, except on a commercial multi-prime
     * project whose primes answer each for its own work).
     *
     * @param kind    CHARGE, CREDIT or NONE
     * @param amount  positive a charge, negative a credit
     * @param counted which results counted as failures and as inspections (Re-Inspection Fee Program, a setting in force on the day)
     */
    public record Part(
            String responsible,
            String accountCode,
            String responsibility,
            int inspections,
            int failures,
            int excluded,
            List<TradeLine> byTrade,
            BigDecimal rawRate,
            int roundedRate,
            String roundingRule,
            LocalDate scheduleFrom,
            String scheduleLine,
            BigDecimal schedulePercent,
            BigDecimal percent,
            String projectSize,
            String sizeWhy,
            BigDecimal permitFee,
            BigDecimal constructionValue,
            BigDecimal byPercent,
            List<PermitLine> permits,
            List<String> limitsApplied,
            String kind,
            BigDecimal amount,
            String note,
            String counted)
            implements java.io.Serializable {}

    /** What was applied to an account before the certificate, as fixed then. */
    public record Applied(
            String accountCode,
            LocalDate computedOn,
            BigDecimal rawRate,
            int roundedRate,
            String scheduleLine,
            BigDecimal percent,
            BigDecimal amount,
            Long postingId,
            String responsibility,
            String recordedBy)
            implements java.io.Serializable {}

    /**
     * An appeal of an applied adjustment (Re-Inspection Fee Program) and the director's decision, once made.
     *
     * @param appealedAmount the adjustment as applied: positive a charge, negative a credit
     * @param decision       UPHELD, CHANGED, or null while the appeal is open
     * @param decidedAmount  the adjustment that stands after the decision
     * @param reversalPostingId the reversal of the original posting (a change of an adjustment that posted)
     * @param newPostingId   the new adjustment entry (a change to an amount other than zero)
     */
    public record Appeal(
            long appealId,
            String accountCode,
            BigDecimal appealedAmount,
            String grounds,
            LocalDate receivedOn,
            String filedBy,
            String decision,
            String reason,
            BigDecimal decidedAmount,
            LocalDate decidedOn,
            String decidedBy,
            Long reversalPostingId,
            Long newPostingId)
            implements java.io.Serializable {}
}

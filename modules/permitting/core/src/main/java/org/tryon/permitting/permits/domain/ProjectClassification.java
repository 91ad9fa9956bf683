package org.tryon.permitting.permits.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * How a project is classified, and why: residential or commercial (106), small or large for the
 * re-inspection fee adjustment (Re-Inspection Fee Program: a permit fee of at most $100 or a construction value of
 * at most $10,000 is small), and whether it is a Mega Project (106: any one of five size tests, or
 * the Director's designation).
 *
 * @param residential  106 "Residential Project" (one- and two-family dwellings) rather than "Commercial Project"
 * @param categoryWhy  the reason for the category
 * @param small        Re-Inspection Fee Program small project
 * @param sizeWhy      the reason for small or large, with the numbers compared
 * @param mega         106 "Mega Project"
 * @param megaWhy      each Mega Project test the project meets (empty when it is not one)
 */
public record ProjectClassification(
        boolean residential, String categoryWhy, boolean small, String sizeWhy, boolean mega, List<String> megaWhy)
        implements java.io.Serializable {

    /** The thresholds in force on the day of the classification (effective-dated settings, the ordinance's values by default). */
    public record Thresholds(
            Money smallMaxPermitFee,
            Money smallMaxConstructionValue,
            BigDecimal highRiseFeet,
            int assemblyOverSquareFeet,
            int mixedUseSquareFeet,
            int commercialSquareFeet,
            int institutionalSquareFeet,
            int institutionalSmokeCompartments) {}

    /**
     * Classifies {@code project} whose permits' fees add up to {@code permitFee} (posted fees for
     * issued permits, the schedule's quote for the others), or {@code null} while no permit has been applied for.
     *
     * <p>Re-Inspection Fee Program "small project": a permit fee of at most $100 <em>or</em> a construction value of at most $10,000. A
     * project without a permit has no permit fee yet (not a fee of $0): it is judged by its construction value alone,
     * so a five-million-dollar project is large from the day it is recorded.
     */
    public static ProjectClassification of(Project project, Money permitFee, Thresholds t) {
        boolean residential = project.isResidential();
        String categoryWhy = residential
                ? "106 Residential Project: " + project.getDwelling().label().toLowerCase()
                : "106 Commercial Project: not a one- or two-family dwelling ("
                        + project.getOccupancyGroup().label() + ")";

        boolean smallByFee = permitFee != null && permitFee.compareTo(t.smallMaxPermitFee()) <= 0;
        boolean smallByValue = project.getConstructionValue().compareTo(t.smallMaxConstructionValue()) <= 0;
        boolean small = smallByFee || smallByValue;
        String feeWhy = permitFee == null
                ? "no permit applied for yet (no permit fee)"
                : "permit fee " + permitFee + " is more than " + t.smallMaxPermitFee();
        String sizeWhy = small
                ? "Re-Inspection Fee Program, small project: "
                        + (smallByFee
                                ? "permit fee " + permitFee + " is at most " + t.smallMaxPermitFee()
                                : "construction value " + project.getConstructionValue() + " is at most "
                                        + t.smallMaxConstructionValue())
                : "Re-Inspection Fee Program, large project: " + feeWhy + " and construction value "
                        + project.getConstructionValue() + " is more than " + t.smallMaxConstructionValue();

        List<String> mega = new ArrayList<>();
        OccupancyGroup.Family family = project.getOccupancyGroup().family();
        int area = project.getGrossSquareFeet();
        if (project.getHeightFeet().compareTo(t.highRiseFeet()) >= 0) {
            mega.add("106 Mega Project: high rise, "
                    + project.getHeightFeet().stripTrailingZeros().toPlainString() + " ft is at or above "
                    + t.highRiseFeet().stripTrailingZeros().toPlainString() + " ft");
        }
        if (family == OccupancyGroup.Family.ASSEMBLY && area > t.assemblyOverSquareFeet()) {
            mega.add("106 Mega Project: assembly project of " + area + " sq ft, larger than "
                    + t.assemblyOverSquareFeet() + " sq ft");
        }
        if (project.isMixedUse() && area >= t.mixedUseSquareFeet()) {
            mega.add("106 Mega Project: mixed use project of " + area + " sq ft, at least " + t.mixedUseSquareFeet()
                    + " sq ft");
        }
        if (family.commercialOrIndustrial() && area >= t.commercialSquareFeet()) {
            mega.add("106 Mega Project: commercial or industrial project of " + area + " sq ft, at least "
                    + t.commercialSquareFeet() + " sq ft");
        }
        if (family == OccupancyGroup.Family.INSTITUTIONAL
                && (project.getSmokeCompartments() >= t.institutionalSmokeCompartments()
                        || area >= t.institutionalSquareFeet())) {
            mega.add("106 Mega Project: institutional project with " + project.getSmokeCompartments()
                    + " smoke compartments and "
                    + area + " sq ft (" + t.institutionalSmokeCompartments() + " compartments or "
                    + t.institutionalSquareFeet()
                    + " sq ft)");
        }
        if (project.getMegaDesignatedOn() != null) {
            mega.add("106 Mega Project: designated by " + project.getMegaDesignatedBy() + " on "
                    + UsFormat.date(project.getMegaDesignatedOn()) + ": " + project.getMegaDesignationReason());
        }
        return new ProjectClassification(residential, categoryWhy, small, sizeWhy, !mega.isEmpty(), List.copyOf(mega));
    }
}

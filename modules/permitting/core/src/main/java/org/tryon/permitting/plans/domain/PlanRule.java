package org.tryon.permitting.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * A configurable rule that says when plans, a seal or plan review are required (108.8 E: "if the
 * General Statutes require that plans for certain types of work be prepared only by a Registered
 * Architect, Registered Engineer, or Registered Landscape Architect"). A rule matches a permit by
 * trade, residential or commercial project, occupancy family and size (gross square feet and
 * construction value, at or above); an empty condition matches everything. Rules are
 * effective-dated: a change is a new rule from a date and the old one retired the day before.
 */
@Entity
@Table(name = "perm_plan_rule")
@Audited
public class PlanRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanRequirement requirement;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Trade trade;

    /** true: residential projects only; false: commercial only; null: both. */
    @Column(name = "residential")
    private Boolean residential;

    @Enumerated(EnumType.STRING)
    @Column(name = "occupancy_family", length = 20)
    private OccupancyGroup.Family occupancyFamily;

    @Column(name = "min_gross_square_feet")
    private Integer minGrossSquareFeet;

    @Column(name = "min_construction_value", precision = 15, scale = 2)
    private Money minConstructionValue;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    /** Where the rule comes from, e.g. "G.S. 83A-13". */
    @Column(nullable = false, length = 100)
    private String citation;

    @Version
    private long version;

    protected PlanRule() {}

    public PlanRule(
            PlanRequirement requirement,
            Trade trade,
            Boolean residential,
            OccupancyGroup.Family occupancyFamily,
            Integer minGrossSquareFeet,
            Money minConstructionValue,
            LocalDate effectiveFrom,
            String citation) {
        this.requirement = requirement;
        this.trade = trade;
        this.residential = residential;
        this.occupancyFamily = occupancyFamily;
        this.minGrossSquareFeet = minGrossSquareFeet;
        this.minConstructionValue = minConstructionValue;
        this.effectiveFrom = effectiveFrom;
        this.citation = citation.trim();
    }

    /** In force on {@code day} and matching the permit's trade, its project and its construction value. */
    public boolean appliesTo(Trade permitTrade, Project project, Money permitValue, LocalDate day) {
        return inForceOn(day)
                && (trade == null || trade == permitTrade)
                && (residential == null || residential == project.isResidential())
                && (occupancyFamily == null
                        || occupancyFamily == project.getOccupancyGroup().family())
                && (minGrossSquareFeet == null || project.getGrossSquareFeet() >= minGrossSquareFeet)
                && (minConstructionValue == null || permitValue.compareTo(minConstructionValue) >= 0);
    }

    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveUntil == null || !day.isAfter(effectiveUntil));
    }

    /** Retires the rule after {@code lastDay}; a rule is never back-dated before today. */
    public void retireAfter(LocalDate lastDay, LocalDate today) {
        if (lastDay.isBefore(today.minusDays(1)) || lastDay.isBefore(effectiveFrom.minusDays(1))) {
            throw new RuleViolationException(
                    "lastDay",
                    "not-back-dated",
                    "A rule is retired from today on at the earliest; it was in force on the days already past");
        }
        this.effectiveUntil = lastDay;
    }

    /** The rule in words, for the screen and for refusals. */
    public String describe() {
        StringBuilder s = new StringBuilder(requirement.label()).append(" for ");
        s.append(trade == null ? "every trade" : trade.label().toLowerCase() + " permits");
        if (residential != null) {
            s.append(residential ? " on residential projects" : " on commercial projects");
        }
        if (occupancyFamily != null) {
            s.append(", ").append(occupancyFamily.name().toLowerCase()).append(" occupancies");
        }
        if (minGrossSquareFeet != null) {
            s.append(", ").append(minGrossSquareFeet).append(" sq ft or more");
        }
        if (minConstructionValue != null) {
            s.append(", construction value ").append(minConstructionValue).append(" or more");
        }
        return s.append(" (").append(citation).append(")").toString();
    }

    public Long getId() {
        return id;
    }

    public PlanRequirement getRequirement() {
        return requirement;
    }

    public Trade getTrade() {
        return trade;
    }

    public Boolean getResidential() {
        return residential;
    }

    public OccupancyGroup.Family getOccupancyFamily() {
        return occupancyFamily;
    }

    public Integer getMinGrossSquareFeet() {
        return minGrossSquareFeet;
    }

    public Money getMinConstructionValue() {
        return minConstructionValue;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public String getCitation() {
        return citation;
    }

    public long getVersion() {
        return version;
    }
}

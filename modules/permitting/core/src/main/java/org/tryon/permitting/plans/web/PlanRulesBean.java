package org.tryon.permitting.plans.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.permits.domain.OccupancyGroup;
import org.tryon.permitting.plans.application.AddPlanRule;
import org.tryon.permitting.plans.application.PlanRuleView;
import org.tryon.permitting.plans.application.PlanRules;
import org.tryon.permitting.plans.domain.PlanRequirement;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;

/** The plan rules screen (108.8 E, F.1): the rules in force and past, and the administrator's changes. */
@Named
@ViewScoped
public class PlanRulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PlanRules rules;

    @Inject
    Clock clock;

    private PlanRequirement requirement;
    private Trade trade;
    private String category = "";
    private OccupancyGroup.Family family;
    private Integer minGrossSquareFeet;
    private BigDecimal minConstructionValue;
    private LocalDate effectiveFrom;
    private String citation;
    private List<PlanRuleView> list;

    public void add() {
        try {
            rules.add(new AddPlanRule(
                    requirement,
                    trade,
                    category == null || category.isEmpty() ? null : "RESIDENTIAL".equals(category),
                    family,
                    minGrossSquareFeet,
                    minConstructionValue,
                    effectiveFrom,
                    citation));
            FacesErrors.info("Rule added");
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** Retires the rule after yesterday: it no longer applies from today. */
    public void retire(long id) {
        try {
            rules.retire(id, LocalDate.now(clock).minusDays(1));
            FacesErrors.info("Rule retired from today");
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<PlanRuleView> getList() {
        if (list == null) {
            list = rules.list();
        }
        return list;
    }

    public PlanRequirement[] getRequirements() {
        return PlanRequirement.values();
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public OccupancyGroup.Family[] getFamilies() {
        return OccupancyGroup.Family.values();
    }

    public PlanRequirement getRequirement() {
        return requirement;
    }

    public void setRequirement(PlanRequirement requirement) {
        this.requirement = requirement;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public OccupancyGroup.Family getFamily() {
        return family;
    }

    public void setFamily(OccupancyGroup.Family family) {
        this.family = family;
    }

    public Integer getMinGrossSquareFeet() {
        return minGrossSquareFeet;
    }

    public void setMinGrossSquareFeet(Integer minGrossSquareFeet) {
        this.minGrossSquareFeet = minGrossSquareFeet;
    }

    public BigDecimal getMinConstructionValue() {
        return minConstructionValue;
    }

    public void setMinConstructionValue(BigDecimal minConstructionValue) {
        this.minConstructionValue = minConstructionValue;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}

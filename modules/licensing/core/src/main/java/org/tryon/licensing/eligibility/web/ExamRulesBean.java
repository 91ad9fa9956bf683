package org.tryon.licensing.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.KindView;
import org.tryon.licensing.eligibility.application.EligibilityViews.RuleView;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The exam rules and kinds of a certificate type over time, and a new one from a day not before today (106). */
@Named
@ViewScoped
public class ExamRulesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamRules rules;

    private String type = "JOURNEYMAN-ELECTRICIAN";
    private List<TypeView> types;
    private List<RuleView> history;
    private List<KindView> kinds;

    private LocalDate effectiveFrom;
    private Integer questions;
    private Integer minutes;
    private BigDecimal cutScorePercent;
    private BigDecimal fee;
    private Integer retakeWaitDays;
    private Integer maxAttempts;
    private Integer experienceMonths;
    private Integer eligibilityValidDays;
    private boolean codeBookSupplied;
    private Integer renewalYears;
    private Integer ceHours;
    private Integer minWeeklyHours;
    private String reason;

    private String kind;
    private LocalDate kindFrom;
    private String kindReason;

    public void select() {
        history = null;
        kinds = null;
        prefill();
    }

    /** The form starts from the rule in force today, so only what changes is typed. */
    private void prefill() {
        RuleView now =
                getHistory().stream().filter(RuleView::inForceToday).findFirst().orElse(null);
        if (now == null) {
            return;
        }
        questions = now.questions();
        minutes = now.minutes();
        cutScorePercent = now.cutScorePercent();
        fee = now.fee();
        retakeWaitDays = now.retakeWaitDays();
        maxAttempts = now.maxAttempts();
        experienceMonths = now.experienceMonths();
        eligibilityValidDays = now.eligibilityValidDays();
        codeBookSupplied = now.codeBookSupplied();
        renewalYears = now.renewalYears();
        ceHours = now.ceHours();
        minWeeklyHours = now.minWeeklyHours();
    }

    @jakarta.annotation.PostConstruct
    void init() {
        prefill();
    }

    public void record() {
        try {
            RuleView r = rules.record(new EligibilityCommands.RecordRule(
                    type,
                    effectiveFrom,
                    questions,
                    minutes,
                    cutScorePercent,
                    fee,
                    retakeWaitDays,
                    maxAttempts,
                    experienceMonths,
                    eligibilityValidDays,
                    codeBookSupplied,
                    renewalYears,
                    ceHours,
                    minWeeklyHours,
                    reason));
            FacesErrors.info(
                    "Rule recorded for " + typeName(r.certificateType()) + " from " + UsFormat.date(r.effectiveFrom()));
            history = null;
            reason = null;
            effectiveFrom = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void recordKind() {
        try {
            kinds = rules.recordKind(type, new EligibilityCommands.RecordKind(kind, kindFrom, kindReason));
            FacesErrors.info(
                    typeName(type) + " is " + UsFormat.code(kind).toLowerCase() + " from " + UsFormat.date(kindFrom));
            types = null;
            kindReason = null;
            kindFrom = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The certificate type's name as the list shows it (its code only when the type is unknown). */
    private String typeName(String code) {
        return getTypes().stream()
                .filter(t -> t.code().equals(code))
                .map(TypeView::name)
                .findFirst()
                .orElse(code);
    }

    public List<TypeView> getTypes() {
        if (types == null) {
            types = rules.types();
        }
        return types;
    }

    public List<RuleView> getHistory() {
        if (history == null) {
            history = rules.rules(type);
        }
        return history;
    }

    public List<KindView> getKinds() {
        if (kinds == null) {
            kinds = rules.kinds(type);
        }
        return kinds;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate v) {
        this.effectiveFrom = v;
    }

    public Integer getQuestions() {
        return questions;
    }

    public void setQuestions(Integer v) {
        this.questions = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        this.minutes = v;
    }

    public BigDecimal getCutScorePercent() {
        return cutScorePercent;
    }

    public void setCutScorePercent(BigDecimal v) {
        this.cutScorePercent = v;
    }

    public BigDecimal getFee() {
        return fee;
    }

    public void setFee(BigDecimal v) {
        this.fee = v;
    }

    public Integer getRetakeWaitDays() {
        return retakeWaitDays;
    }

    public void setRetakeWaitDays(Integer v) {
        this.retakeWaitDays = v;
    }

    public Integer getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(Integer v) {
        this.maxAttempts = v;
    }

    public Integer getExperienceMonths() {
        return experienceMonths;
    }

    public void setExperienceMonths(Integer v) {
        this.experienceMonths = v;
    }

    public Integer getEligibilityValidDays() {
        return eligibilityValidDays;
    }

    public void setEligibilityValidDays(Integer v) {
        this.eligibilityValidDays = v;
    }

    public boolean isCodeBookSupplied() {
        return codeBookSupplied;
    }

    public void setCodeBookSupplied(boolean v) {
        this.codeBookSupplied = v;
    }

    public Integer getRenewalYears() {
        return renewalYears;
    }

    public void setRenewalYears(Integer v) {
        this.renewalYears = v;
    }

    public Integer getCeHours() {
        return ceHours;
    }

    public void setCeHours(Integer v) {
        this.ceHours = v;
    }

    public Integer getMinWeeklyHours() {
        return minWeeklyHours;
    }

    public void setMinWeeklyHours(Integer v) {
        this.minWeeklyHours = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        this.reason = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        this.kind = v;
    }

    public LocalDate getKindFrom() {
        return kindFrom;
    }

    public void setKindFrom(LocalDate v) {
        this.kindFrom = v;
    }

    public String getKindReason() {
        return kindReason;
    }

    public void setKindReason(String v) {
        this.kindReason = v;
    }
}

package org.tryon.platform.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.security.Roles;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.HolidayException;
import org.tryon.platform.time.HolidayExceptionView;
import org.tryon.platform.time.HolidayRuleKind;
import org.tryon.platform.time.HolidayRuleView;
import org.tryon.platform.time.HolidayView;
import org.tryon.platform.time.WeekendObservance;

/**
 * The county's holidays of a year (every staff role, the holidays page) and, on the settings
 * screen, the administrator's changes: a day added or removed, a rule adopted or ended.
 */
@Named
@ViewScoped
public class HolidaysBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CountyCalendar calendar;

    private Integer year;
    private List<HolidayView> holidays;
    private List<HolidayRuleView> rules;
    private List<HolidayExceptionView> exceptions;

    // a day added or removed
    private LocalDate date;
    private HolidayException.Kind kind = HolidayException.Kind.ADDED;
    private String name;
    private String reason;

    // a rule adopted
    private String ruleCode;
    private String ruleName;
    private HolidayRuleKind ruleKind;
    private Integer ruleMonth;
    private Integer ruleDay;
    private DayOfWeek ruleWeekday;
    private Integer ruleNth;
    private Integer ruleOffset;
    private String ruleBase;
    private WeekendObservance ruleObservance = WeekendObservance.NEAREST_WEEKDAY;
    private LocalDate ruleFrom;
    private String ruleReason;

    // a rule ended
    private Long endId;
    private LocalDate endLastDay;
    private String endReason;

    public void showYear() {
        holidays = null;
    }

    public List<HolidayView> getHolidays() {
        if (holidays == null) {
            holidays = calendar.holidaysOf(getYear());
        }
        return holidays;
    }

    public List<HolidayRuleView> getRules() {
        if (rules == null) {
            rules = calendar.rules();
        }
        return rules;
    }

    /** A rule in words ("third Monday of January", "1 day after Thanksgiving"), a base holiday by its name. */
    public String describe(HolidayRuleView rule) {
        return rule == null ? "" : rule.describe(ruleName(rule.baseCode()));
    }

    /**
     * The rule that gives a holiday of the list, in words; "added by the administrator" for a day added by hand.
     */
    public String ruleOf(HolidayView holiday) {
        if (holiday.rule() == null || holiday.rule().isBlank()) {
            return "added by the administrator";
        }
        return getRules().stream()
                .filter(r -> r.code().equals(holiday.rule()) && r.appliesTo(holiday.date()))
                .findFirst()
                .map(this::describe)
                .orElse(org.tryon.platform.text.UsFormat.code(holiday.rule()));
    }

    private String ruleName(String code) {
        if (code == null) {
            return null;
        }
        return getRules().stream()
                .filter(r -> r.code().equals(code))
                .map(HolidayRuleView::name)
                .findFirst()
                .orElse(code);
    }

    public List<HolidayExceptionView> getExceptions() {
        if (exceptions == null) {
            exceptions = calendar.exceptions();
        }
        return exceptions;
    }

    public void addException() {
        try {
            administratorOnly();
            HolidayExceptionView e = calendar.addException(new HolidayExceptionView(null, date, kind, name, reason));
            FacesErrors.info(org.tryon.platform.text.UsFormat.date(e.date())
                    + (e.kind() == HolidayException.Kind.ADDED
                            ? " is a county holiday: " + e.name()
                            : " is a working day although the rules make it a holiday"));
            date = null;
            name = null;
            reason = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void withdraw(long id) {
        try {
            administratorOnly();
            calendar.withdrawException(id);
            FacesErrors.info("The exception is withdrawn: the day is again what the rules make it");
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void adoptRule() {
        try {
            administratorOnly();
            HolidayRuleView r = calendar.adoptRule(new HolidayRuleView(
                    null,
                    ruleCode,
                    ruleName,
                    ruleKind,
                    ruleMonth,
                    ruleDay,
                    ruleWeekday,
                    ruleNth,
                    ruleOffset,
                    ruleBase == null || ruleBase.isBlank() ? null : ruleBase,
                    ruleObservance,
                    ruleFrom,
                    null,
                    ruleReason));
            FacesErrors.info(
                    r.name() + " is a county holiday from " + org.tryon.platform.text.UsFormat.date(r.effectiveFrom()));
            ruleCode = null;
            ruleName = null;
            ruleReason = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void endRule() {
        try {
            administratorOnly();
            if (endId == null) {
                throw new org.tryon.platform.errors.RuleViolationException(
                        "rule", "required", "Choose the rule to end");
            }
            HolidayRuleView r = calendar.endRule(endId, endLastDay, endReason);
            FacesErrors.info(r.name() + " applies to no holiday after "
                    + org.tryon.platform.text.UsFormat.date(r.effectiveTo()));
            endId = null;
            endLastDay = null;
            endReason = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void refresh() {
        holidays = null;
        rules = null;
        exceptions = null;
    }

    private static void administratorOnly() {
        if (!FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.ADMINISTRATOR)) {
            throw new NotAllowedException("Only the administrator changes the county's holidays");
        }
    }

    public HolidayException.Kind[] getKinds() {
        return HolidayException.Kind.values();
    }

    public HolidayRuleKind[] getRuleKinds() {
        return HolidayRuleKind.values();
    }

    public WeekendObservance[] getObservances() {
        return WeekendObservance.values();
    }

    public DayOfWeek[] getWeekdays() {
        return DayOfWeek.values();
    }

    public Integer getYear() {
        if (year == null) {
            year = calendar.today().getYear();
        }
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public HolidayException.Kind getKind() {
        return kind;
    }

    public void setKind(HolidayException.Kind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getRuleCode() {
        return ruleCode;
    }

    public void setRuleCode(String ruleCode) {
        this.ruleCode = ruleCode;
    }

    public String getRuleName() {
        return ruleName;
    }

    public void setRuleName(String ruleName) {
        this.ruleName = ruleName;
    }

    public HolidayRuleKind getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(HolidayRuleKind ruleKind) {
        this.ruleKind = ruleKind;
    }

    public Integer getRuleMonth() {
        return ruleMonth;
    }

    public void setRuleMonth(Integer ruleMonth) {
        this.ruleMonth = ruleMonth;
    }

    public Integer getRuleDay() {
        return ruleDay;
    }

    public void setRuleDay(Integer ruleDay) {
        this.ruleDay = ruleDay;
    }

    public DayOfWeek getRuleWeekday() {
        return ruleWeekday;
    }

    public void setRuleWeekday(DayOfWeek ruleWeekday) {
        this.ruleWeekday = ruleWeekday;
    }

    public Integer getRuleNth() {
        return ruleNth;
    }

    public void setRuleNth(Integer ruleNth) {
        this.ruleNth = ruleNth;
    }

    public Integer getRuleOffset() {
        return ruleOffset;
    }

    public void setRuleOffset(Integer ruleOffset) {
        this.ruleOffset = ruleOffset;
    }

    public String getRuleBase() {
        return ruleBase;
    }

    public void setRuleBase(String ruleBase) {
        this.ruleBase = ruleBase;
    }

    public WeekendObservance getRuleObservance() {
        return ruleObservance;
    }

    public void setRuleObservance(WeekendObservance ruleObservance) {
        this.ruleObservance = ruleObservance;
    }

    public LocalDate getRuleFrom() {
        return ruleFrom;
    }

    public void setRuleFrom(LocalDate ruleFrom) {
        this.ruleFrom = ruleFrom;
    }

    public String getRuleReason() {
        return ruleReason;
    }

    public void setRuleReason(String ruleReason) {
        this.ruleReason = ruleReason;
    }

    public Long getEndId() {
        return endId;
    }

    public void setEndId(Long endId) {
        this.endId = endId;
    }

    public LocalDate getEndLastDay() {
        return endLastDay;
    }

    public void setEndLastDay(LocalDate endLastDay) {
        this.endLastDay = endLastDay;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }
}

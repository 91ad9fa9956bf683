package org.tryon.platform.time;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A rule by which the county observes a holiday every year, from {@code effectiveFrom} to
 * {@code effectiveTo} (open when empty): the rule applies to the years whose holiday date lies in
 * that range. A rule the county adopts starts on a date; a rule it drops ends on one; a changed
 * rule is the old one ended and a new one with the same code started.
 */
@Entity
@Table(name = "plat_holiday_rule")
@Audited
public class HolidayRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayRuleKind kind;

    @Column(name = "holiday_month")
    private Integer month;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", length = 10)
    private DayOfWeek dayOfWeek;

    @Column(name = "nth")
    private Integer nth;

    @Column(name = "offset_days")
    private Integer offsetDays;

    @Column(name = "base_code", length = 40)
    private String baseCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WeekendObservance observance;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(nullable = false, length = 500)
    private String reason;

    @Version
    private long version;

    protected HolidayRule() {}

    /** A new rule from its definition; the id of the definition is ignored. */
    public HolidayRule(HolidayRuleView d) {
        this.code = d.code();
        this.name = d.name();
        this.kind = d.kind();
        this.month = d.month();
        this.dayOfMonth = d.dayOfMonth();
        this.dayOfWeek = d.dayOfWeek();
        this.nth = d.nth();
        this.offsetDays = d.offsetDays();
        this.baseCode = d.baseCode();
        this.observance = d.observance();
        this.effectiveFrom = d.effectiveFrom();
        this.effectiveTo = d.effectiveTo();
        this.reason = d.reason();
    }

    /** The county drops the rule: {@code lastDay} is the last holiday date it applies to. */
    public void end(LocalDate lastDay, String why) {
        this.effectiveTo = lastDay;
        this.reason = why;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public HolidayRuleView view() {
        return new HolidayRuleView(
                id,
                code,
                name,
                kind,
                month,
                dayOfMonth,
                dayOfWeek,
                nth,
                offsetDays,
                baseCode,
                observance,
                effectiveFrom,
                effectiveTo,
                reason);
    }
}

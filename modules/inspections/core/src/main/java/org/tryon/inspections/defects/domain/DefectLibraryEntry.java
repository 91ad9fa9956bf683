package org.tryon.inspections.defects.domain;

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
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * One code section of a trade with its standard wording, in force from {@code effectiveFrom} through
 * {@code effectiveTo} (open-ended when none). A change of wording does not rewrite the entry: the entry ends the day
 * before the change and a new one starts (108.3: the record of a past day's defect keeps that day's wording).
 */
@Entity
@Table(name = "insp_defect_library")
public class DefectLibraryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Column(name = "code_section", nullable = false, length = 40)
    private String codeSection;

    @Column(nullable = false, length = 500)
    private String wording;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Version
    private long version;

    protected DefectLibraryEntry() {}

    public DefectLibraryEntry(
            Trade trade,
            String codeSection,
            String wording,
            LocalDate effectiveFrom,
            LocalDate effectiveTo,
            String by) {
        if (trade == null) {
            throw new RuleViolationException("trade", "required", "Choose the trade of the code section");
        }
        if (codeSection == null || codeSection.isBlank()) {
            throw new RuleViolationException("codeSection", "required", "Write the code section, e.g. R403.1");
        }
        if (wording == null || wording.isBlank()) {
            throw new RuleViolationException("wording", "required", "Write the standard wording of the defect");
        }
        if (effectiveFrom == null) {
            throw new RuleViolationException("effectiveFrom", "required", "Give the day the wording applies from");
        }
        if (codeSection.trim().length() > 40) {
            throw new RuleViolationException("codeSection", "length", "The code section has at most 40 characters");
        }
        if (wording.trim().length() > 500) {
            throw new RuleViolationException("wording", "length", "The wording has at most 500 characters");
        }
        this.trade = trade;
        this.codeSection = codeSection.trim();
        this.wording = wording.trim();
        this.effectiveFrom = effectiveFrom;
        this.effectiveTo = effectiveTo;
        this.changedBy = by;
    }

    /** In force on {@code day}: from its first day through its last. */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(effectiveFrom) && (effectiveTo == null || !day.isAfter(effectiveTo));
    }

    /**
     * A new wording from {@code from}: this entry ends the day before and the returned one starts on {@code from}
     * (to this entry's last day). Refused when {@code from} is not inside this entry's days after its first.
     */
    public DefectLibraryEntry changeFrom(LocalDate from, String newWording, String by) {
        if (from == null) {
            throw new RuleViolationException("effectiveFrom", "required", "Give the day the new wording applies from");
        }
        if (!from.isAfter(effectiveFrom) || (effectiveTo != null && from.isAfter(effectiveTo))) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "effective-dated",
                    "The new wording must apply from a day after " + UsFormat.date(effectiveFrom)
                            + (effectiveTo == null ? "" : " and no later than " + UsFormat.date(effectiveTo))
                            + " (the days this wording is in force)");
        }
        DefectLibraryEntry next = new DefectLibraryEntry(trade, codeSection, newWording, from, effectiveTo, by);
        this.effectiveTo = from.minusDays(1);
        this.changedBy = by;
        return next;
    }

    /** Not in force from {@code from} on: this entry's last day is the day before. */
    public void retireFrom(LocalDate from, String by) {
        if (from == null) {
            throw new RuleViolationException("from", "required", "Give the first day the entry is no longer in force");
        }
        if (!from.isAfter(effectiveFrom) || (effectiveTo != null && from.isAfter(effectiveTo.plusDays(1)))) {
            throw new RuleViolationException(
                    "from",
                    "effective-dated",
                    "The entry can be retired from a day after " + UsFormat.date(effectiveFrom)
                            + (effectiveTo == null ? "" : " through " + UsFormat.date(effectiveTo.plusDays(1))));
        }
        this.effectiveTo = from.minusDays(1);
        this.changedBy = by;
    }

    public Long getId() {
        return id;
    }

    public Trade getTrade() {
        return trade;
    }

    public String getCodeSection() {
        return codeSection;
    }

    public String getWording() {
        return wording;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveTo() {
        return effectiveTo;
    }

    public String getChangedBy() {
        return changedBy;
    }
}

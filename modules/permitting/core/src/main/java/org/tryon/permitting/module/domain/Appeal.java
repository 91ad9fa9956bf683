package org.tryon.permitting.module.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * What every appeal to the department states, whatever it appeals (an order of 108.12, by 108.12.1
 * and 108.12.7; exceptions taken to an industrial machinery list, by 108.10 G.2): the day its
 * written notice was filed, the appellant, the grounds, and who recorded it and when. What is
 * decided on it, and the window in which it may be filed, are each section's own (the subclass).
 *
 * <p>Rules: an appeal names its appellant and its grounds (kept trimmed); it is recorded once
 * filed, never filed after the day it is recorded.
 */
@MappedSuperclass
@Audited
public abstract class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(nullable = false, length = 200)
    private String appellant;

    @Column(nullable = false, length = 2000)
    private String grounds;

    /**
     * Who recorded the appeal, when (recorded_on, recorded_at, recorded_by, recorded_as). Recorded
     * before ADR 0044's amendment: the day as the county's date of the instant, no office.
     */
    @Embedded
    private Act recorded;

    protected Appeal() {}

    /**
     * An appeal filed on {@code filedOn}, recorded by {@code recorded}; {@code section} names the
     * section whose filing-date rule is broken if it is filed after the day it is recorded.
     */
    protected Appeal(LocalDate filedOn, String appellant, String grounds, Act recorded, String section) {
        if (filedOn.isAfter(recorded.on())) {
            throw new RuleViolationException(
                    "filedOn",
                    section + " filing-date",
                    "An appeal is recorded once filed; it cannot be filed after today");
        }
        if (appellant == null || appellant.isBlank()) {
            throw new RuleViolationException(
                    "appellant", section + " appellant", section + ": an appeal names who appeals");
        }
        if (grounds == null || grounds.isBlank()) {
            throw new RuleViolationException(
                    "grounds", section + " grounds", section + ": an appeal states its grounds");
        }
        this.filedOn = filedOn;
        this.appellant = appellant.trim();
        this.grounds = grounds.trim();
        this.recorded = recorded;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getAppellant() {
        return appellant;
    }

    public String getGrounds() {
        return grounds;
    }

    public Act getRecorded() {
        return recorded;
    }
}

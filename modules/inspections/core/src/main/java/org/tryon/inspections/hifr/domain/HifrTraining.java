package org.tryon.inspections.hifr.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * Documentation of NC Building Code technical training presented by a HIFR contractor (108.10
 * F.2.3.1, F.2.4.1): the class (offered through the NC Code Official Certification Program), its
 * contact hours, the day it was passed and the day the documentation was presented. Only training
 * taken on or after the day of the listing counts toward rotating off.
 */
@Entity
@Table(name = "insp_hifr_training")
@Audited
public class HifrTraining {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "listing_id", nullable = false)
    private HifrListing listing;

    @Column(name = "class_name", nullable = false, length = 200)
    private String className;

    @Column(nullable = false)
    private int hours;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(name = "presented_on", nullable = false)
    private LocalDate presentedOn;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected HifrTraining() {}

    public HifrTraining(
            HifrListing listing,
            String className,
            int hours,
            LocalDate completedOn,
            LocalDate presentedOn,
            LocalDate today,
            String recordedBy,
            Instant recordedAt) {
        if (hours <= 0) {
            throw new RuleViolationException(
                    "hours", "108.10 F.2.3.1", "108.10 F.2.3.1: a class has a positive number of contact hours");
        }
        if (completedOn.isAfter(presentedOn)) {
            throw new RuleViolationException(
                    "completedOn", "108.10 F.2.3.1", "A class is passed before its documentation is presented");
        }
        if (presentedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "presentedOn",
                    "not-future",
                    "Documentation cannot be presented on a day to come (" + UsFormat.date(presentedOn) + ")");
        }
        if (completedOn.isBefore(listing.getPlacedOn())) {
            throw new RuleViolationException(
                    "completedOn",
                    "108.10 F.2.3.1 after-listing",
                    "108.10 F.2.3.1: the contractor was placed on the "
                            + "list on " + UsFormat.date(listing.getPlacedOn())
                            + "; only training taken from then on counts toward rotating off (this class was passed on "
                            + UsFormat.date(completedOn) + ")");
        }
        if (presentedOn.isBefore(listing.getPlacedOn())) {
            throw new RuleViolationException(
                    "presentedOn",
                    "108.10 F.2.3.1",
                    "The contractor was placed on the list on " + UsFormat.date(listing.getPlacedOn())
                            + "; documentation presented before does not count");
        }
        this.listing = listing;
        this.className = className.trim();
        this.hours = hours;
        this.completedOn = completedOn;
        this.presentedOn = presentedOn;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getClassName() {
        return className;
    }

    public int getHours() {
        return hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public LocalDate getPresentedOn() {
        return presentedOn;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

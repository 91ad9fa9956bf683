package org.tryon.inspections.hifr.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * A contractor's time on the High Inspection Failure Rate list of one discipline (108.10 F): from
 * the quarter that put it there, with the notice to its point of contact (106), to its rotation off
 * by training (F.2.3.1) or by a full quarter below the threshold (F.2.3.2), or both when listed
 * again within five years (F.2.4).
 *
 * <p>Invariants: one open listing per contractor and discipline; removed once, with its day and section.
 */
@Entity
@Table(name = "insp_hifr_listing")
@Audited
public class HifrListing {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contractor_id", nullable = false)
    private long contractorId;

    @Column(name = "contractor_name", nullable = false, length = 200)
    private String contractorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade discipline;

    @Column(name = "placed_quarter", nullable = false, length = 7)
    private String placedQuarter;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Column(name = "repeat_listing", nullable = false)
    private boolean repeat;

    @Column(name = "quarter_below_met", length = 7)
    private String quarterBelowMet;

    @Column(name = "notice_to", length = 200)
    private String noticeTo;

    @Column(name = "notice_text", length = 2000)
    private String noticeText;

    @Column(name = "removed_on")
    private LocalDate removedOn;

    @Column(name = "removal_section", length = 30)
    private String removalSection;

    @Column(name = "removal_reason", length = 1000)
    private String removalReason;

    @OneToMany(mappedBy = "listing", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<HifrTraining> trainings = new ArrayList<>();

    @Version
    private long version;

    protected HifrListing() {}

    public HifrListing(
            long contractorId,
            String contractorName,
            Trade discipline,
            Quarter quarter,
            LocalDate placedOn,
            boolean repeat,
            String noticeTo,
            String noticeText) {
        this.contractorId = contractorId;
        this.contractorName = contractorName;
        this.discipline = discipline;
        this.placedQuarter = quarter.toString();
        this.placedOn = placedOn;
        this.repeat = repeat;
        this.noticeTo = noticeTo;
        this.noticeText = noticeText;
    }

    public boolean isActive() {
        return removedOn == null;
    }

    public int trainingHours() {
        return trainings.stream().mapToInt(HifrTraining::getHours).sum();
    }

    /** Whether the training presented so far reaches {@code requiredHours} (F.2.3.1, F.2.4.1). */
    public boolean trainingPresented(int requiredHours) {
        return trainingHours() >= requiredHours;
    }

    public HifrRules.Listed standing(int requiredHours) {
        return new HifrRules.Listed(repeat, trainingPresented(requiredHours), quarterBelowMet != null);
    }

    /**
     * F.2.3.1, F.2.4.1: documented training presented. The contractor is removed on the day it is
     * presented once the hours reach {@code requiredHours} (and, when listed again within five years,
     * once a full quarter below has also been kept, F.2.4).
     *
     * @return whether the listing ended
     */
    public boolean trainingPresented(HifrTraining training, int requiredHours) {
        requireActive("trainingHours");
        trainings.add(training);
        if (!trainingPresented(requiredHours)) {
            return false;
        }
        if (repeat && quarterBelowMet == null) {
            return false;
        }
        remove(
                training.getPresentedOn(),
                repeat ? "108.10 F.2.4" : "108.10 F.2.3.1",
                trainingHours() + " contact hours of training in "
                        + discipline.label().toLowerCase() + " presented on " + UsFormat.date(training.getPresentedOn())
                        + (repeat ? ", and a full quarter below the threshold kept in " + quarterBelowMet : ""));
        return true;
    }

    /** F.2.4.2: a full quarter below the threshold, while the training of F.2.4.1 is still to come. */
    public void quarterBelowMet(Quarter quarter) {
        requireActive("quarter");
        this.quarterBelowMet = quarter.toString();
    }

    /** Rotates off on {@code on} by {@code section}. */
    public void remove(LocalDate on, String section, String reason) {
        requireActive("listing");
        this.removedOn = on;
        this.removalSection = section;
        this.removalReason = reason;
    }

    private void requireActive(String field) {
        if (!isActive()) {
            throw new RuleViolationException(
                    field,
                    "108.10 F.2.3",
                    contractorName + " rotated off the " + discipline.label().toLowerCase() + " HIFR list on "
                            + UsFormat.date(removedOn));
        }
    }

    public Long getId() {
        return id;
    }

    public long getContractorId() {
        return contractorId;
    }

    public String getContractorName() {
        return contractorName;
    }

    public Trade getDiscipline() {
        return discipline;
    }

    public String getPlacedQuarter() {
        return placedQuarter;
    }

    public LocalDate getPlacedOn() {
        return placedOn;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public String getQuarterBelowMet() {
        return quarterBelowMet;
    }

    public String getNoticeTo() {
        return noticeTo;
    }

    public String getNoticeText() {
        return noticeText;
    }

    public LocalDate getRemovedOn() {
        return removedOn;
    }

    public String getRemovalSection() {
        return removalSection;
    }

    public String getRemovalReason() {
        return removalReason;
    }

    public List<HifrTraining> getTrainings() {
        return trainings;
    }

    public long getVersion() {
        return version;
    }
}

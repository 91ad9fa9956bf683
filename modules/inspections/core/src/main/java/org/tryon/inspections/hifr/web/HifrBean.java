package org.tryon.inspections.hifr.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.hifr.application.HifrProcess;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The HIFR list screen (108.10 F): the listings with their notices and decisions, training presented, judging a quarter. */
@Named
@ViewScoped
public class HifrBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HifrProcess hifr;

    private boolean all;
    private List<HifrProcess.ListingView> listings;
    private Long listingId;
    private String className;
    private Integer hours;
    private LocalDate completedOn;
    private LocalDate presentedOn;
    private String quarter;
    private HifrProcess.QuarterRun lastRun;

    @PostConstruct
    void init() {
        reload();
    }

    public void reload() {
        listings = hifr.list(all);
    }

    public void recordTraining() {
        try {
            HifrProcess.ListingView v = hifr.recordTraining(
                    listingId == null ? -1 : listingId,
                    new HifrProcess.RecordTraining(className, hours, completedOn, presentedOn));
            FacesErrors.info(
                    v.removedOn() == null
                            ? v.trainingHours() + " of " + v.trainingHoursRequired() + " contact hours presented; "
                                    + v.contractorName() + " stays listed"
                            : v.contractorName() + " rotated off the "
                                    + v.discipline().label().toLowerCase() + " HIFR list on "
                                    + UsFormat.date(v.removedOn()) + " ("
                                    + v.removalSection() + ")");
            listingId = null;
            className = null;
            hours = null;
            completedOn = null;
            presentedOn = null;
            reload();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void runQuarter() {
        try {
            lastRun = hifr.run(quarter);
            FacesErrors.info(
                    lastRun.ran()
                            ? lastRun.quarter() + " judged: " + lastRun.decisions() + " decision(s), "
                                    + lastRun.placed() + " placed, " + lastRun.rotatedOff() + " rotated off, "
                                    + lastRun.specialFees() + " special fee(s)"
                            : lastRun.quarter() + " not judged now: " + lastRun.note());
            reload();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<HifrProcess.ListingView> getActive() {
        return listings.stream().filter(l -> l.removedOn() == null).toList();
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }

    public List<HifrProcess.ListingView> getListings() {
        return listings;
    }

    public Long getListingId() {
        return listingId;
    }

    public void setListingId(Long listingId) {
        this.listingId = listingId;
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        this.className = className;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public LocalDate getPresentedOn() {
        return presentedOn;
    }

    public void setPresentedOn(LocalDate presentedOn) {
        this.presentedOn = presentedOn;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public HifrProcess.QuarterRun getLastRun() {
        return lastRun;
    }
}

package org.tryon.inspections.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.assignment.application.DayListView;
import org.tryon.inspections.assignment.application.InspectionSchedule;
import org.tryon.inspections.assignment.application.InspectorView;
import org.tryon.inspections.assignment.application.Inspectors;
import org.tryon.inspections.assignment.application.Supervision;
import org.tryon.platform.web.FacesErrors;

/**
 * The inspector's day list: the signed-in inspector's requests of today by default, in
 * route order, each with a link to its result entry. A supervisor picks any inspector. Made for a
 * tablet: one column of large cards, with the previous and the next day one touch away (the county's date from the
 * application's clock).
 */
@Named
@ViewScoped
public class DayListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionSchedule schedule;

    @Inject
    Inspectors inspectors;

    @Inject
    Supervision supervision;

    @Inject
    Clock clock;

    private Long inspectorId;
    private LocalDate day;
    private DayListView view;
    private Boolean supervisor;
    private List<InspectorView> choices;

    public void load() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        view = null;
        if (inspectorId == null
                && isSupervisor()
                && inspectors.ofUser(supervision.userName()).isEmpty()) {
            FacesErrors.info("Choose an inspector");
            return;
        }
        try {
            view = schedule.dayList(inspectorId, day);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The "Show" button: the chosen inspector's list of the chosen day. */
    public void show() {
        load();
    }

    public boolean isSupervisor() {
        if (supervisor == null) {
            supervisor = supervision.isSupervisor();
        }
        return supervisor;
    }

    public List<InspectorView> getInspectors() {
        if (choices == null) {
            choices = inspectors.list();
        }
        return choices;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    public void setInspectorId(Long inspectorId) {
        this.inspectorId = inspectorId;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    /** The day before the shown one, as the {@code date} parameter (yyyy-MM-dd): no day is skipped. */
    public String getPreviousDay() {
        return shown().minusDays(1).toString();
    }

    /** The day after the shown one, as the {@code date} parameter (yyyy-MM-dd). */
    public String getNextDay() {
        return shown().plusDays(1).toString();
    }

    private LocalDate shown() {
        return day == null ? LocalDate.now(clock) : day;
    }

    public DayListView getView() {
        return view;
    }
}

package org.tryon.inspections.assignment.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import org.tryon.inspections.assignment.application.AssignmentView;
import org.tryon.inspections.assignment.application.BoardView;
import org.tryon.inspections.assignment.application.InspectionAssignments;
import org.tryon.inspections.assignment.application.InspectionSchedule;
import org.tryon.inspections.assignment.application.ReassignRequest;
import org.tryon.platform.web.FacesErrors;

/**
 * The supervisor's board of a day: each inspector's load against capacity, the requests
 * of the day with the unassigned ones first, and the reassignment of a request.
 */
@Named
@ViewScoped
public class BoardBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionSchedule schedule;

    @Inject
    InspectionAssignments assignments;

    @Inject
    Clock clock;

    private LocalDate day;
    private BoardView view;
    private Long requestId;
    private Long inspectorId;
    private String reason;

    public void load() {
        if (day == null) {
            day = LocalDate.now(clock);
        }
        try {
            view = schedule.board(day);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void show() {
        load();
    }

    public void reassign() {
        if (requestId == null) {
            FacesErrors.show(new org.tryon.platform.errors.RuleViolationException(
                    "requestId", "required", "Give the number of the request"));
            return;
        }
        try {
            AssignmentView.Reassigned done = assignments.reassign(requestId, new ReassignRequest(inspectorId, reason));
            FacesErrors.info("Request " + requestId + " reassigned to "
                    + done.assignment().inspectorName());
            done.warnings()
                    .forEach(w -> FacesContext.getCurrentInstance()
                            .addMessage(
                                    null,
                                    new FacesMessage(
                                            FacesMessage.SEVERITY_WARN, w, "Allowed: the supervisor decides")));
            requestId = null;
            inspectorId = null;
            reason = null;
            load();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public BoardView getView() {
        return view;
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    public void setInspectorId(Long inspectorId) {
        this.inspectorId = inspectorId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

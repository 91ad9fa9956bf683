package org.tryon.inspections.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.application.DefectLines;
import org.tryon.inspections.application.InspectablePermitView;
import org.tryon.inspections.application.InspectionRequestView;
import org.tryon.inspections.application.InspectionRequests;
import org.tryon.inspections.application.InspectionResultView;
import org.tryon.inspections.application.InspectionResults;
import org.tryon.inspections.application.RecordResult;
import org.tryon.platform.web.FacesErrors;

/**
 * The result entry screen of one inspection request (108.10): the outcome, when it was made, the
 * defects one per line, and the open defects of the permit this inspection passes (108.10 D).
 * Made for a tablet in the field: one column, plain inputs, defects as lines of text.
 */
@Named
@ViewScoped
public class InspectionResultBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InspectionRequests requests;

    @Inject
    transient InspectionResults results;

    @Inject
    transient org.tryon.inspections.api.InspectionQueries queries;

    @Inject
    transient Clock clock;

    private Long requestId;
    private InspectionRequestView request;
    private InspectablePermitView permit;
    private List<InspectionQueries.OpenDefect> openDefects;
    private InspectionOutcome outcome;
    private LocalDate inspectedOn;
    private LocalTime inspectedTime;
    private String defects;
    private String notes;
    private List<Long> corrected = new ArrayList<>();
    private InspectionResultView recorded;
    private Long thirdPartyId;
    private LocalDate thirdPartyReportOn;
    private String thirdPartyReport;
    /** 108.10 F.2.1: the hours of a re-inspection charged by the hour. */
    private java.math.BigDecimal hours;

    @Inject
    transient org.tryon.inspections.application.ThirdPartiesAndAllocations registry;

    /** 108.10 F.2.2.1: the third parties approved today. */
    public List<org.tryon.inspections.application.ThirdPartiesAndAllocations.ThirdPartyView> getThirdParties() {
        return registry.thirdParties().stream().filter(t -> t.approvedToday()).toList();
    }

    public Long getThirdPartyId() { return thirdPartyId; }
    public void setThirdPartyId(Long thirdPartyId) { this.thirdPartyId = thirdPartyId; }
    public LocalDate getThirdPartyReportOn() { return thirdPartyReportOn; }
    public void setThirdPartyReportOn(LocalDate thirdPartyReportOn) { this.thirdPartyReportOn = thirdPartyReportOn; }
    public String getThirdPartyReport() { return thirdPartyReport; }
    public void setThirdPartyReport(String thirdPartyReport) { this.thirdPartyReport = thirdPartyReport; }

    public void load() {
        if (requestId == null) {
            return;
        }
        try {
            request = requests.get(requestId);
            permit = requests.permit(request.permitId());
            openDefects = queries.openDefects(request.permitId());
            LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
            inspectedOn = now.toLocalDate();
            inspectedTime = now.toLocalTime();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void record() {
        try {
            LocalDateTime at = inspectedOn == null ? null : inspectedOn.atTime(inspectedTime == null ? LocalTime.NOON : inspectedTime);
            recorded = results.record(new RecordResult(requestId, null, null, outcome, at, null, notes,
                    DefectLines.parse(defects, DefectLines.LINES, "defects"), corrected, thirdPartyId, thirdPartyReportOn, thirdPartyReport, hours));
            FacesErrors.info(recorded.outcome().label() + ": result recorded for " + recorded.permitNumber()
                    + (recorded.defects().isEmpty() ? "" : " with " + recorded.defects().size() + " defect(s)"));
            request = requests.get(requestId);
            openDefects = queries.openDefects(request.permitId());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public InspectionOutcome[] getOutcomes() {
        return InspectionOutcome.values();
    }

    public boolean isOpen() {
        return request != null && "REQUESTED".equals(request.status());
    }

    public Long getRequestId() { return requestId; }
    public void setRequestId(Long requestId) { this.requestId = requestId; }
    public InspectionRequestView getRequest() { return request; }
    public InspectablePermitView getPermit() { return permit; }
    public List<InspectionQueries.OpenDefect> getOpenDefects() { return openDefects; }
    public InspectionOutcome getOutcome() { return outcome; }
    public void setOutcome(InspectionOutcome outcome) { this.outcome = outcome; }
    public LocalDate getInspectedOn() { return inspectedOn; }
    public void setInspectedOn(LocalDate inspectedOn) { this.inspectedOn = inspectedOn; }
    public LocalTime getInspectedTime() { return inspectedTime; }
    public void setInspectedTime(LocalTime inspectedTime) { this.inspectedTime = inspectedTime; }
    public String getDefects() { return defects; }
    public void setDefects(String defects) { this.defects = defects; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<Long> getCorrected() { return corrected; }
    public void setCorrected(List<Long> corrected) { this.corrected = corrected; }
    public InspectionResultView getRecorded() { return recorded; }
    public java.math.BigDecimal getHours() { return hours; }
    public void setHours(java.math.BigDecimal hours) { this.hours = hours; }

    /** 108.10 F.2.1, F.2.2.2: the request is a HIFR contractor's re-inspection by the department, charged by the hour. */
    public boolean isHourly() {
        return request != null && "DEPARTMENT_HOURLY".equals(request.hifrOption());
    }
}

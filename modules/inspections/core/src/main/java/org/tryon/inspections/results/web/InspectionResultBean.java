package org.tryon.inspections.results.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.register.application.InspectablePermitView;
import org.tryon.inspections.requests.application.InspectionRequestView;
import org.tryon.inspections.requests.application.InspectionRequests;
import org.tryon.inspections.results.application.InspectionResultView;
import org.tryon.inspections.results.application.InspectionResults;
import org.tryon.inspections.results.application.RecordResult;
import org.tryon.platform.kernel.PermitId;
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
    private final ResultForm form = new ResultForm();
    private InspectionResultView recorded;
    private Long thirdPartyId;
    private LocalDate thirdPartyReportOn;
    private String thirdPartyReport;
    /** 108.10 F.2.1: the hours of a re-inspection charged by the hour. */
    private java.math.BigDecimal hours;

    @Inject
    transient org.tryon.inspections.thirdparties.application.ThirdPartiesAndAllocations registry;

    /** 108.10 F.2.2.1: the third parties approved today. */
    public List<org.tryon.inspections.thirdparties.application.ThirdPartiesAndAllocations.ThirdPartyView>
            getThirdParties() {
        return registry.thirdParties().stream().filter(t -> t.approvedToday()).toList();
    }

    public Long getThirdPartyId() {
        return thirdPartyId;
    }

    public void setThirdPartyId(Long thirdPartyId) {
        this.thirdPartyId = thirdPartyId;
    }

    public LocalDate getThirdPartyReportOn() {
        return thirdPartyReportOn;
    }

    public void setThirdPartyReportOn(LocalDate thirdPartyReportOn) {
        this.thirdPartyReportOn = thirdPartyReportOn;
    }

    public String getThirdPartyReport() {
        return thirdPartyReport;
    }

    public void setThirdPartyReport(String thirdPartyReport) {
        this.thirdPartyReport = thirdPartyReport;
    }

    public void load() {
        if (requestId == null) {
            return;
        }
        try {
            request = requests.get(requestId);
            permit = requests.permit(request.permitId());
            openDefects = queries.openDefects(new PermitId(request.permitId()));
            form.startNow(clock);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void record() {
        try {
            recorded = results.record(new RecordResult(
                    requestId,
                    null,
                    null,
                    form.getOutcome(),
                    form.inspectedAt(),
                    null,
                    form.getNotes(),
                    form.defectLines(),
                    form.getCorrected(),
                    thirdPartyId,
                    thirdPartyReportOn,
                    thirdPartyReport,
                    hours));
            FacesErrors.info(recorded.outcome().label() + ": result recorded for " + recorded.permitNumber()
                    + (recorded.defects().isEmpty()
                            ? ""
                            : " with " + recorded.defects().size() + " defect(s)"));
            request = requests.get(requestId);
            openDefects = queries.openDefects(new PermitId(request.permitId()));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isOpen() {
        return request != null && "REQUESTED".equals(request.status());
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public InspectionRequestView getRequest() {
        return request;
    }

    public InspectablePermitView getPermit() {
        return permit;
    }

    public List<InspectionQueries.OpenDefect> getOpenDefects() {
        return openDefects;
    }

    public ResultForm getForm() {
        return form;
    }

    public InspectionResultView getRecorded() {
        return recorded;
    }

    public java.math.BigDecimal getHours() {
        return hours;
    }

    public void setHours(java.math.BigDecimal hours) {
        this.hours = hours;
    }

    /** 108.10 F.2.1, F.2.2.2: the request is a HIFR contractor's re-inspection by the department, charged by the hour. */
    public boolean isHourly() {
        return request != null && "DEPARTMENT_HOURLY".equals(request.hifrOption());
    }
}

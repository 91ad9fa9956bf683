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
    InspectionRequests requests;

    @Inject
    InspectionResults results;

    @Inject
    org.tryon.inspections.api.InspectionQueries queries;

    @Inject
    Clock clock;

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
    org.tryon.inspections.thirdparties.application.ThirdPartiesAndAllocations registry;

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

    @Inject
    org.tryon.inspections.defects.application.DefectLibrary library;

    /** What the inspector typed in the defect picker. */
    private String pick;

    /** The photos taken, attached when the result is recorded. */
    private final List<org.tryon.inspections.results.application.ResultPhotos.NewPhoto> photos =
            new java.util.ArrayList<>();

    /** The defect library entries of the permit's trade in force on the inspection's day (ADR 0051, 108.3). */
    public List<org.tryon.inspections.defects.application.DefectLibraryView> getLibrary() {
        if (permit == null || permit.trade() == null) {
            return List.of();
        }
        LocalDate day = form.getInspectedOn() == null ? LocalDate.now(clock) : form.getInspectedOn();
        return library.inForce(permit.trade(), day);
    }

    /** The picker's suggestions: the entries whose code section or wording contains what was typed. */
    public List<String> completeDefect(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return getLibrary().stream()
                .map(org.tryon.inspections.defects.application.DefectLibraryView::label)
                .filter(l -> q.isEmpty() || l.toLowerCase(java.util.Locale.ROOT).contains(q))
                .limit(30)
                .toList();
    }

    /** A suggestion picked: it becomes a defect row (code section, wording; location and note to write). */
    public void picked() {
        if (pick == null || pick.isBlank()) {
            return;
        }
        getLibrary().stream()
                .filter(e -> e.label().equals(pick))
                .findFirst()
                .ifPresentOrElse(
                        e -> form.getPicked().add(new ResultForm.PickedDefect(e.id(), e.codeSection(), e.wording())),
                        () -> FacesErrors.show(new org.tryon.platform.errors.RuleViolationException(
                                "defects",
                                "defect library",
                                "Pick a defect from the list (\"" + pick + "\" is not in the library of this day)")));
        pick = null;
    }

    public void removeDefect(ResultForm.PickedDefect defect) {
        form.getPicked().remove(defect);
    }

    /** A photo taken: checked (an image of at most 5 MB) and kept until the result is recorded. */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        try {
            var file = event.getFile();
            photos.add(org.tryon.inspections.results.application.ResultPhotos.check(
                    new org.tryon.inspections.results.application.ResultPhotos.NewPhoto(
                            file.getFileName(), file.getContentType(), file.getContent())));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
        }
    }

    /** The photos taken, as thumbnails (data URIs) with their names. */
    public List<Thumbnail> getThumbnails() {
        List<Thumbnail> list = new java.util.ArrayList<>();
        for (int i = 0; i < photos.size(); i++) {
            var p = photos.get(i);
            list.add(new Thumbnail(
                    i,
                    p.fileName(),
                    "data:" + p.contentType() + ";base64,"
                            + java.util.Base64.getEncoder().encodeToString(p.data())));
        }
        return list;
    }

    /** A photo taken, shown before the result is recorded. */
    public record Thumbnail(int index, String fileName, String src) implements Serializable {}

    public String getPick() {
        return pick;
    }

    public void setPick(String pick) {
        this.pick = pick;
    }

    /**
     * Records the result with its photos and goes back to the day list of the inspection's day, saying "Result saved
     * for" the permit (one action fewer on a tablet: the next stop is one touch away).
     */
    public String record() {
        try {
            recorded = results.record(
                    new RecordResult(
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
                            hours),
                    photos);
            return FacesErrors.infoAfterRedirect(
                    "Result saved for " + recorded.permitNumber() + ": "
                            + recorded.outcome().label().toLowerCase()
                            + (recorded.defects().isEmpty()
                                    ? ""
                                    : ", " + recorded.defects().size() + " defect(s)")
                            + (photos.isEmpty() ? "" : ", " + photos.size() + " photo(s)"),
                    "/inspections/day?faces-redirect=true&date="
                            + recorded.inspectedAt().toLocalDate());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
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

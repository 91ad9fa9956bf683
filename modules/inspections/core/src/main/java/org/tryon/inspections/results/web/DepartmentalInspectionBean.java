package org.tryon.inspections.results.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.tryon.inspections.api.InspectionQueries;
import org.tryon.inspections.register.application.InspectablePermitView;
import org.tryon.inspections.requests.application.InspectionRequests;
import org.tryon.inspections.requests.application.InspectionTypeNames;
import org.tryon.inspections.requests.application.InspectionTypeView;
import org.tryon.inspections.results.application.InspectionResultView;
import org.tryon.inspections.results.application.InspectionResults;
import org.tryon.inspections.results.application.RecordResult;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.web.FacesErrors;

/**
 * The screen of the inspections the department makes of its own accord, without a request: work in
 * progress (108.10.2) and periodic inspections for hazardous or unlawful conditions (108.10.3). The
 * inspector chooses the permit and the inspection, and records what was found like any result
 * (108.10 D: the defects stay open until a later inspection passes them).
 */
@Named
@ViewScoped
public class DepartmentalInspectionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionRequests requests;

    @Inject
    InspectionResults results;

    @Inject
    InspectionTypeNames typeNames;

    @Inject
    org.tryon.inspections.api.InspectionQueries queries;

    @Inject
    Clock clock;

    private Long permitId;
    private String inspectionType;
    private final ResultForm form = new ResultForm();
    private List<InspectablePermitView> permits;

    @PostConstruct
    void init() {
        form.startNow(clock);
    }

    public void record() {
        try {
            InspectionResultView r = results.record(RecordResult.of(
                    null,
                    permitId,
                    inspectionType,
                    form.getOutcome(),
                    form.inspectedAt(),
                    null,
                    form.getNotes(),
                    form.defectLines(),
                    form.getCorrected()));
            FacesErrors.info(r.outcome().label() + ": "
                    + typeNames.byCode().getOrDefault(r.inspectionType(), r.inspectionType()) + " recorded on "
                    + r.permitNumber()
                    + (r.defects().isEmpty() ? "" : " with " + r.defects().size() + " defect(s)"));
            form.clear();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<InspectablePermitView> getPermits() {
        if (permits == null) {
            permits = requests.permits();
        }
        return permits;
    }

    /** The chosen permit's inspection types, the department's own (108.10.2, 108.10.3) first. */
    public List<InspectionTypeView> getTypes() {
        InspectablePermitView permit = getPermit();
        if (permit == null) {
            return List.of();
        }
        List<InspectionTypeView> types = new ArrayList<>(requests.types(permit.trade()));
        types.sort(java.util.Comparator.comparing((InspectionTypeView t) -> t.departmentalSection() == null));
        return types;
    }

    public InspectablePermitView getPermit() {
        return permitId == null
                ? null
                : getPermits().stream()
                        .filter(p -> p.permitId() == permitId)
                        .findFirst()
                        .orElse(null);
    }

    public List<InspectionQueries.OpenDefect> getOpenDefects() {
        return permitId == null ? List.of() : queries.openDefects(new PermitId(permitId));
    }

    /** The chosen permit's results, newest first. */
    public List<InspectionResultView> getResults() {
        return permitId == null ? List.of() : results.list(permitId);
    }

    public Long getPermitId() {
        return permitId;
    }

    public void setPermitId(Long permitId) {
        this.permitId = permitId;
    }

    public String getInspectionType() {
        return inspectionType;
    }

    public void setInspectionType(String inspectionType) {
        this.inspectionType = inspectionType;
    }

    public ResultForm getForm() {
        return form;
    }
}

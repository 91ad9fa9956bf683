package org.tryon.inspections.requests.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tryon.inspections.assignment.application.InspectorView;
import org.tryon.inspections.assignment.application.Inspectors;
import org.tryon.inspections.register.application.InspectablePermitView;
import org.tryon.inspections.requests.application.InspectionRequestView;
import org.tryon.inspections.requests.application.InspectionRequests;
import org.tryon.inspections.requests.application.InspectionTypeView;
import org.tryon.inspections.requests.application.RequestDesignees;
import org.tryon.inspections.requests.application.RequestInspection;
import org.tryon.inspections.requests.domain.UrgentReason;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The inspection requests screen: the request form and the list. */
@Named
@ViewScoped
public class InspectionRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionRequests requests;

    @Inject
    Inspectors inspectors;

    @Inject
    RequestDesignees designees;

    private String designeeName;
    private String designeePhone;
    private RequestDesignees.WhoMayRequest who;

    private Long permitId;
    private String inspectionType;
    private LocalDate requestedDate;
    /** Outage notice of December 2017: the day a request taken by phone was made, when staff key it in later. */
    private LocalDate madeOn;

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public void setMadeOn(LocalDate madeOn) {
        this.madeOn = madeOn;
    }

    private String requestedBy;
    private String contactPhone;
    private UrgentReason urgentReason;
    private String urgentNote;
    private LocalDate earliest;
    private org.tryon.inspections.hifr.domain.HifrScheduling.Option hifrOption;

    public org.tryon.inspections.hifr.domain.HifrScheduling.Option[] getHifrOptions() {
        return org.tryon.inspections.hifr.domain.HifrScheduling.Option.values();
    }

    public org.tryon.inspections.hifr.domain.HifrScheduling.Option getHifrOption() {
        return hifrOption;
    }

    public void setHifrOption(org.tryon.inspections.hifr.domain.HifrScheduling.Option hifrOption) {
        this.hifrOption = hifrOption;
    }

    private Map<Long, String> inspectorNames;
    private List<InspectionRequestView> list;

    @PostConstruct
    void init() {
        earliest = requests.earliestDate();
    }

    public void request() {
        try {
            RequestInspection command = new RequestInspection(
                    permitId,
                    inspectionType,
                    requestedDate,
                    requestedBy,
                    contactPhone,
                    urgentReason,
                    urgentNote,
                    hifrOption,
                    madeOn);
            InspectionRequestView r =
                    org.tryon.inspections.module.application.DeadlockRetry.retried(() -> requests.request(command));
            FacesErrors.info("Inspection requested on " + r.permitNumber() + " for " + UsFormat.date(r.scheduledFor())
                    + (r.inspectorId() == null
                            ? "; no inspector has room: the supervisor assigns it"
                            : "; assigned to " + inspectorName(r.inspectorId())));
            permitId = null;
            inspectionType = null;
            requestedDate = null;
            madeOn = null;
            urgentReason = null;
            urgentNote = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<InspectionRequestView> getList() {
        if (list == null) {
            list = requests.list();
        }
        return list;
    }

    /** 108.10 C: who may request inspections on the chosen permit (null until a permit is chosen). */
    public RequestDesignees.WhoMayRequest getWho() {
        if (permitId == null) {
            return null;
        }
        if (who == null || who.permitId() != permitId) {
            who = designees.whoMayRequest(permitId);
        }
        return who;
    }

    /** 108.10 C: records a designee of the chosen permit's holder. */
    public void nameDesignee() {
        try {
            RequestDesignees.DesigneeView d =
                    designees.name(new RequestDesignees.NameDesignee(permitId, designeeName, designeePhone));
            FacesErrors.info(d.name() + " may now request inspections for " + getWho().holder());
            who = null;
            designeeName = null;
            designeePhone = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getDesigneeName() {
        return designeeName;
    }

    public void setDesigneeName(String designeeName) {
        this.designeeName = designeeName;
    }

    public String getDesigneePhone() {
        return designeePhone;
    }

    public void setDesigneePhone(String designeePhone) {
        this.designeePhone = designeePhone;
    }

    public List<InspectablePermitView> getPermits() {
        return requests.permits();
    }

    public List<InspectionTypeView> getTypes() {
        return requests.types(null).stream()
                .filter(t -> t.departmentalSection() == null)
                .toList();
    }

    /** The name of an inspector a request is assigned to ("unassigned" for none). */
    public String inspectorName(Long id) {
        if (id == null) {
            return "unassigned";
        }
        if (inspectorNames == null) {
            inspectorNames =
                    inspectors.list().stream().collect(Collectors.toMap(InspectorView::id, InspectorView::displayName));
        }
        return inspectorNames.getOrDefault(id, "#" + id);
    }

    public UrgentReason[] getUrgentReasons() {
        return UrgentReason.values();
    }

    public LocalDate getEarliest() {
        return earliest;
    }

    public UrgentReason getUrgentReason() {
        return urgentReason;
    }

    public void setUrgentReason(UrgentReason urgentReason) {
        this.urgentReason = urgentReason;
    }

    public String getUrgentNote() {
        return urgentNote;
    }

    public void setUrgentNote(String urgentNote) {
        this.urgentNote = urgentNote;
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

    public LocalDate getRequestedDate() {
        return requestedDate;
    }

    public void setRequestedDate(LocalDate requestedDate) {
        this.requestedDate = requestedDate;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public void setRequestedBy(String requestedBy) {
        this.requestedBy = requestedBy;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}

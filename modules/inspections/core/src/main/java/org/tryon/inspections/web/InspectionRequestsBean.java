package org.tryon.inspections.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.application.InspectablePermitView;
import org.tryon.inspections.application.InspectionRequestView;
import org.tryon.inspections.application.InspectionRequests;
import org.tryon.inspections.application.InspectionTypeView;
import org.tryon.inspections.application.RequestInspection;
import org.tryon.platform.web.FacesErrors;

/** The inspection requests screen: the request form and the list. */
@Named
@ViewScoped
public class InspectionRequestsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient InspectionRequests requests;

    private Long permitId;
    private String inspectionType;
    private LocalDate requestedDate;
    private String requestedBy;
    private String contactPhone;
    private LocalDate earliest;
    private List<InspectionRequestView> list;

    @PostConstruct
    void init() {
        earliest = requests.earliestDate();
    }

    public void request() {
        try {
            InspectionRequestView r = requests.request(new RequestInspection(permitId, inspectionType, requestedDate, requestedBy, contactPhone));
            FacesErrors.info("Inspection requested on " + r.permitNumber() + " for " + r.scheduledFor());
            permitId = null;
            inspectionType = null;
            requestedDate = null;
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

    public List<InspectablePermitView> getPermits() {
        return requests.permits();
    }

    public List<InspectionTypeView> getTypes() {
        return requests.types(null);
    }

    public LocalDate getEarliest() { return earliest; }
    public Long getPermitId() { return permitId; }
    public void setPermitId(Long permitId) { this.permitId = permitId; }
    public String getInspectionType() { return inspectionType; }
    public void setInspectionType(String inspectionType) { this.inspectionType = inspectionType; }
    public LocalDate getRequestedDate() { return requestedDate; }
    public void setRequestedDate(LocalDate requestedDate) { this.requestedDate = requestedDate; }
    public String getRequestedBy() { return requestedBy; }
    public void setRequestedBy(String requestedBy) { this.requestedBy = requestedBy; }
    public String getContactPhone() { return contactPhone; }
    public void setContactPhone(String contactPhone) { this.contactPhone = contactPhone; }
}

package org.tryon.licensing.checkin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;
import org.tryon.licensing.checkin.application.Accommodations;
import org.tryon.licensing.checkin.application.CheckInViews.AccommodationView;
import org.tryon.licensing.checkin.domain.Accommodation;
import org.tryon.licensing.checkin.domain.AccommodationKind;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/** The accommodations queue: pending requests approved or refused before the session; a new request with its documentation. */
@Named
@ViewScoped
public class AccommodationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accommodations accommodations;

    private String status = "REQUESTED";
    private List<AccommodationView> list;
    private final Map<Long, String> reasons = new HashMap<>();

    private Long registrationId;
    private String kind;
    private Integer extraMinutes;
    private String description;
    private String documentReference;
    private transient UploadedFile file;

    public void approve(long id) {
        try {
            AccommodationView v = accommodations.approve(id, reasons.get(id));
            FacesErrors.info("Approved: " + v.kindLabel()
                    + (v.extraMinutes() == null ? "" : " +" + v.extraMinutes() + " min") + " for " + v.candidateName());
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void refuse(long id) {
        try {
            AccommodationView v = accommodations.refuse(id, reasons.get(id));
            FacesErrors.info("Refused: " + v.kindLabel() + " for " + v.candidateName());
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void request() {
        try {
            byte[] document = null;
            String name = null;
            if (file != null && file.getSize() > 0) {
                if (file.getSize() > Accommodation.MAX_DOCUMENT_BYTES) {
                    throw new RuleViolationException(
                            "document", "accommodation.document-size", "A document is at most 2 MiB");
                }
                document = file.getContent();
                name = file.getFileName();
            }
            if (registrationId == null) {
                throw new RuleViolationException("registrationId", "required", "Give the registration's number");
            }
            AccommodationKind k;
            try {
                k = AccommodationKind.valueOf(kind == null ? "" : kind);
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("kind", "required", "Choose the accommodation");
            }
            AccommodationView v = accommodations.request(
                    registrationId, k, extraMinutes, description, documentReference, name, document);
            FacesErrors.info("Requested: " + v.kindLabel() + " for " + v.candidateName() + " (request " + v.id() + ")");
            registrationId = null;
            kind = null;
            extraMinutes = null;
            description = null;
            documentReference = null;
            file = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<AccommodationView> getList() {
        if (list == null) {
            list = accommodations.withStatus(status);
        }
        return list;
    }

    public void showStatus() {
        list = null;
    }

    public AccommodationKind[] getKinds() {
        return AccommodationKind.values();
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getRegistrationId() {
        return registrationId;
    }

    public void setRegistrationId(Long registrationId) {
        this.registrationId = registrationId;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public void setExtraMinutes(Integer extraMinutes) {
        this.extraMinutes = extraMinutes;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public void setDocumentReference(String documentReference) {
        this.documentReference = documentReference;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}

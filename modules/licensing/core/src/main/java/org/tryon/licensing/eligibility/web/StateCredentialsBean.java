package org.tryon.licensing.eligibility.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.eligibility.application.EligibilityCommands;
import org.tryon.licensing.eligibility.application.EligibilityViews.CredentialView;
import org.tryon.licensing.eligibility.application.EligibilityViews.TypeView;
import org.tryon.licensing.eligibility.application.ExamRules;
import org.tryon.licensing.eligibility.application.StateCredentials;
import org.tryon.platform.web.FacesErrors;

/** State board credentials: the list and the form to record one as verified (106). */
@Named
@ViewScoped
public class StateCredentialsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StateCredentials credentials;

    @Inject
    ExamRules rules;

    private List<CredentialView> list;
    private List<TypeView> types;
    private String certificateType;
    private Long candidateId;
    private String holderName;
    private String licenseNumber;
    private String licenseClass;
    private LocalDate expiresOn;
    private LocalDate verifiedOn;
    private String verificationNote;

    public void record() {
        try {
            CredentialView c = credentials.record(new EligibilityCommands.RecordStateCredential(
                    certificateType == null ? "" : certificateType,
                    candidateId,
                    holderName,
                    licenseNumber,
                    licenseClass,
                    expiresOn,
                    verifiedOn,
                    verificationNote));
            FacesErrors.info(c.board() + " license " + c.licenseNumber() + " of " + c.holderName() + " recorded");
            list = null;
            holderName = null;
            licenseNumber = null;
            licenseClass = null;
            expiresOn = null;
            verificationNote = null;
            candidateId = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<CredentialView> getList() {
        if (list == null) {
            list = credentials.list();
        }
        return list;
    }

    /** The state boards' credential types. */
    public List<TypeView> getTypes() {
        if (types == null) {
            types = rules.types().stream()
                    .filter(t -> "STATE_CREDENTIAL".equals(t.kindToday()))
                    .toList();
        }
        return types;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String v) {
        this.certificateType = v;
    }

    public Long getCandidateId() {
        return candidateId;
    }

    public void setCandidateId(Long v) {
        this.candidateId = v;
    }

    public String getHolderName() {
        return holderName;
    }

    public void setHolderName(String v) {
        this.holderName = v;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public void setLicenseNumber(String v) {
        this.licenseNumber = v;
    }

    public String getLicenseClass() {
        return licenseClass;
    }

    public void setLicenseClass(String v) {
        this.licenseClass = v;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate v) {
        this.expiresOn = v;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public void setVerifiedOn(LocalDate v) {
        this.verifiedOn = v;
    }

    public String getVerificationNote() {
        return verificationNote;
    }

    public void setVerificationNote(String v) {
        this.verificationNote = v;
    }
}

package org.tryon.licensing.module.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.module.application.EnterCandidate;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CandidateView;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.module.application.LicensingViews.TradeView;
import org.tryon.platform.web.FacesErrors;

/** The licensing screen: trades and certificate types, the candidate form and list. */
@Named
@ViewScoped
public class CandidatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Licensing licensing;

    private String name;
    private String email;
    private String phone;
    private String certificateType;
    private List<CandidateView> list;

    public void enter() {
        try {
            CandidateView c = licensing.enter(new EnterCandidate(name, email, phone, certificateType));
            FacesErrors.info(c.name() + " entered for " + c.certificateName());
            name = null;
            email = null;
            phone = null;
            certificateType = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<CandidateView> getList() {
        if (list == null) {
            list = licensing.candidates();
        }
        return list;
    }

    public List<TradeView> getTrades() {
        return licensing.trades();
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }
}

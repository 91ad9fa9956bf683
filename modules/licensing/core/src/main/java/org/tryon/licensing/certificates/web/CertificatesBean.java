package org.tryon.licensing.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.certificates.application.CertificateViews.CertificateView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.web.FacesErrors;

/** The certificates list (109): search by number, holder's name, type and status today. */
@Named
@ViewScoped
public class CertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    @Inject
    Licensing licensing;

    private String number;
    private String name;
    private String type;
    private String status;
    private List<CertificateView> list;

    public void search() {
        try {
            list = certificates.search(number, name, type, status);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<CertificateView> getList() {
        if (list == null) {
            search();
        }
        return list;
    }

    public List<CertificateTypeView> getTypes() {
        return licensing.certificateTypes();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String v) {
        this.number = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    public String getType() {
        return type;
    }

    public void setType(String v) {
        this.type = v;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String v) {
        this.status = v;
    }
}

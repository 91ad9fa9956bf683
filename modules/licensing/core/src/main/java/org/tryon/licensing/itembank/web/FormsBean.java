package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.itembank.application.AssembleForm;
import org.tryon.licensing.itembank.application.ExamForms;
import org.tryon.licensing.itembank.application.ItemBankViews.FormDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.FormRow;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.web.FacesErrors;

/** The forms: the list, and a new form assembled by the outline in force. */
@Named
@ViewScoped
public class FormsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamForms forms;

    @Inject
    Licensing licensing;

    private String certificateType;
    private String code;
    private Long seed;
    private List<FormRow> list;

    public String assemble() {
        try {
            FormDetail f = forms.assemble(new AssembleForm(certificateType, code, seed));
            return FacesErrors.infoAfterRedirect(
                    "Form " + f.code() + " assembled (" + f.items().size() + " items, seed " + f.seed()
                            + "): review it, then lock it",
                    "/licensing/forms-view.xhtml?faces-redirect=true&id=" + f.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public List<FormRow> getList() {
        if (list == null) {
            list = forms.list(null, null);
        }
        return list;
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }
}

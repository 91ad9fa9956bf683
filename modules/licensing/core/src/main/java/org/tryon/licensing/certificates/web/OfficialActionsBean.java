package org.tryon.licensing.certificates.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.certificates.application.CertificateViews.ActionView;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.licensing.certificates.domain.ActionKind;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.web.FacesErrors;

/** The register of official actions (107.1.5 C.2): who, what, when, why; read only. */
@Named
@ViewScoped
public class OfficialActionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Certificates certificates;

    private String from;
    private String to;
    private String kind;
    private List<ActionView> list;

    public void search() {
        try {
            list = certificates.register(
                    blank(from) ? null : Inputs.day("from", from), blank(to) ? null : Inputs.day("to", to), kind);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public List<ActionView> getList() {
        if (list == null) {
            search();
        }
        return list;
    }

    public ActionKind[] getKinds() {
        return ActionKind.values();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String v) {
        this.from = v;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String v) {
        this.to = v;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String v) {
        this.kind = v;
    }
}

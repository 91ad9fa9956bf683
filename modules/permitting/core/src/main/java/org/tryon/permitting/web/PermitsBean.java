package org.tryon.permitting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.tryon.permitting.application.PermitView;
import org.tryon.permitting.application.Permits;
import org.tryon.platform.web.FacesErrors;

/** The permits screen: the list of permits. */
@Named
@ViewScoped
public class PermitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Permits permits;

    private List<PermitView> list;

    public List<PermitView> getList() {
        if (list == null) {
            list = permits.list();
        }
        return list;
    }

    /** After a successful action: keep the message across the redirect to the permit's page. */
    static void showPermit(PermitView p, String message) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesErrors.info(message);
        external.redirect(external.getRequestContextPath() + "/permitting/permit.xhtml?id=" + p.id());
    }
}

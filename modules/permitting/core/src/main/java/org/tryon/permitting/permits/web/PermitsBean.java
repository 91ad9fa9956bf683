package org.tryon.permitting.permits.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.tryon.permitting.permits.application.PermitSearch;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.platform.web.FacesErrors;
import org.tryon.platform.web.LazyList;

/**
 * The permits screen: every permit, lazy, filtered per column, exportable, with the
 * one-box search by permit number, address, parcel number (PIN) or contractor name or license.
 */
@Named
@ViewScoped
public class PermitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitSearch search;

    private final LazyList<PermitView> permits =
            new LazyList<>(r -> search.count(PermitSearch.Which.ALL, r), r -> search.rows(PermitSearch.Which.ALL, r));

    public LazyList<PermitView> getPermits() {
        return permits;
    }

    /** After a successful action: keep the message across the redirect to the permit's page. */
    static void showPermit(PermitView p, String message) throws IOException {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        FacesErrors.info(message);
        external.redirect(external.getRequestContextPath() + "/permitting/permit.xhtml?id=" + p.id());
    }
}

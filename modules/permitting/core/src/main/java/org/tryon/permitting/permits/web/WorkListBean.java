package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.permits.application.PermitSearch;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.platform.web.LazyList;

/** The work list: permits whose clock runs out soon (108.8.1, 108.10 E), soonest first; lazy and exportable. */
@Named
@ViewScoped
public class WorkListBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PermitSearch search;

    private final LazyList<PermitView> permits = new LazyList<>(
            r -> search.count(PermitSearch.Which.CLOCKS_RUNNING_OUT, r),
            r -> search.rows(PermitSearch.Which.CLOCKS_RUNNING_OUT, r));

    public LazyList<PermitView> getPermits() {
        return permits;
    }
}

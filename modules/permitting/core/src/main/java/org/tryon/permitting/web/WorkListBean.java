package org.tryon.permitting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.permitting.application.PermitView;
import org.tryon.permitting.application.Permits;

/** The work list: permits whose clock runs out soon (108.8.1, 108.10 E). */
@Named
@RequestScoped
public class WorkListBean {

    @Inject
    Permits permits;

    private List<PermitView> list;

    public List<PermitView> getList() {
        if (list == null) {
            list = permits.workList();
        }
        return list;
    }
}

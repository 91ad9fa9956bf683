package org.tryon.permitting.enforcement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.tryon.permitting.enforcement.application.EnforcementActionView;
import org.tryon.permitting.enforcement.domain.ActionStatus;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.web.LazyList;

/**
 * The department's enforcement list (108.12): the orders in force (or every action), each with
 * the day its written notice was given (106), the last day to appeal and whether it is final
 * (108.12.7), and whether the day to comply has passed (108.12.6). Inspectors issue stop orders
 * and notices of defects here by the permit's number.
 */
@Named
@ViewScoped
public class EnforcementListBean extends EnforcementForms {

    private static final long serialVersionUID = 1L;

    private boolean inForceOnly = true;
    private String permitNumber;
    private final LazyList<EnforcementActionView> list =
            new LazyList<>(r -> actions.count(inForce(r)), r -> actions.rows(inForce(r)));

    /** The actions, lazy, filtered per column and exportable. */
    public LazyList<EnforcementActionView> getList() {
        return list;
    }

    private ListRequest inForce(ListRequest request) {
        return inForceOnly ? request.with("status", ActionStatus.IN_FORCE.name()) : request;
    }

    @Override
    protected long targetPermitId() {
        return actions.permitIdOf(permitNumber);
    }

    @Override
    protected void reload() {
        // the lazy list reads the database on the next render
    }

    public boolean isInForceOnly() {
        return inForceOnly;
    }

    public void setInForceOnly(boolean v) {
        inForceOnly = v;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public void setPermitNumber(String v) {
        permitNumber = v;
    }
}

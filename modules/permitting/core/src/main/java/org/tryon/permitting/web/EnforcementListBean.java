package org.tryon.permitting.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.permitting.application.enforcement.EnforcementActionView;

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
    private List<EnforcementActionView> list;

    public List<EnforcementActionView> getList() {
        if (list == null) {
            list = actions.list(inForceOnly);
        }
        return list;
    }

    public void filter() {
        list = null;
    }

    @Override
    protected long targetPermitId() {
        return actions.permitIdOf(permitNumber);
    }

    @Override
    protected void reload() {
        list = null;
    }

    public boolean isInForceOnly() { return inForceOnly; }
    public void setInForceOnly(boolean v) { inForceOnly = v; }
    public String getPermitNumber() { return permitNumber; }
    public void setPermitNumber(String v) { permitNumber = v; }
}

package org.tryon.permitting.enforcement.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.permitting.api.RevocationGround;
import org.tryon.permitting.enforcement.application.CondemnBuilding;
import org.tryon.permitting.enforcement.application.EnforcementActionView;
import org.tryon.permitting.enforcement.application.IssueRevocationNotice;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.web.PermitBean;
import org.tryon.platform.web.FacesErrors;

/**
 * The Enforcement tab of a permit's page (108.12): the actions on the permit's work with their
 * notices, and the forms to issue a stop order, a notice of defects, a revocation notice or a
 * condemnation of the building, and to follow an action up.
 */
@Named
@ViewScoped
public class PermitEnforcementBean extends EnforcementForms {

    private static final long serialVersionUID = 1L;

    /** The permit's page: its id and what it shows of the permit. */
    @Inject
    PermitBean permitBean;

    private List<EnforcementActionView> list;
    private boolean prefilled;
    // 108.12.2
    private RevocationGround ground;
    private String revocationFacts;
    private String holderAddress;
    // 108.12.4
    private String owner;
    private String ownerAddress;
    private String dangers;
    private String condemnReasons;
    private String condemnConditions;

    public List<EnforcementActionView> getList() {
        if (list == null && permitBean.getId() != null) {
            try {
                list = actions.forPermit(permitBean.getId());
                prefill();
            } catch (RuntimeException e) {
                FacesErrors.show(e);
                list = List.of();
            }
        }
        return list;
    }

    /** The person doing the work is, unless the inspector says otherwise, the permit's contractor at the site. */
    private void prefill() {
        PermitView permit = permitBean.getPermit();
        if (!prefilled && permit != null) {
            prefilled = true;
            setPersonDoingWork(permit.contractorName());
            setWorkAddress(permit.address());
            setDefectAddress(permit.address());
        }
    }

    public void issueRevocationNotice() {
        try {
            var view = actions.issueRevocationNotice(
                    permitBean.getId(), new IssueRevocationNotice(ground, revocationFacts, null, holderAddress));
            FacesErrors.info("Permit revoked; notice " + view.referenceNumber() + " issued");
            ground = null;
            revocationFacts = null;
            reload();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void condemn() {
        try {
            var view = actions.condemn(new CondemnBuilding(
                    permitBean.getId(),
                    null,
                    null,
                    null,
                    null,
                    owner,
                    ownerAddress,
                    dangers,
                    condemnReasons,
                    condemnConditions));
            FacesErrors.info(
                    "Building condemned: " + view.referenceNumber() + "; post the notice on it and record the posting");
            dangers = null;
            condemnReasons = null;
            condemnConditions = null;
            reload();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    @Override
    protected long targetPermitId() {
        return permitBean.getId();
    }

    @Override
    protected void reload() {
        list = null;
    }

    public RevocationGround[] getGrounds() {
        return RevocationGround.values();
    }

    public RevocationGround getGround() {
        return ground;
    }

    public void setGround(RevocationGround v) {
        ground = v;
    }

    public String getRevocationFacts() {
        return revocationFacts;
    }

    public void setRevocationFacts(String v) {
        revocationFacts = v;
    }

    public String getHolderAddress() {
        return holderAddress;
    }

    public void setHolderAddress(String v) {
        holderAddress = v;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String v) {
        owner = v;
    }

    public String getOwnerAddress() {
        return ownerAddress;
    }

    public void setOwnerAddress(String v) {
        ownerAddress = v;
    }

    public String getDangers() {
        return dangers;
    }

    public void setDangers(String v) {
        dangers = v;
    }

    public String getCondemnReasons() {
        return condemnReasons;
    }

    public void setCondemnReasons(String v) {
        condemnReasons = v;
    }

    public String getCondemnConditions() {
        return condemnConditions;
    }

    public void setCondemnConditions(String v) {
        condemnConditions = v;
    }
}

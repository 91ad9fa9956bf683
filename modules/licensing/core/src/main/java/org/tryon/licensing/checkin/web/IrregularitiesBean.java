package org.tryon.licensing.checkin.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.checkin.application.CheckInCommands;
import org.tryon.licensing.checkin.application.CheckInViews.IrregularityView;
import org.tryon.licensing.checkin.application.Irregularities;
import org.tryon.platform.web.FacesErrors;

/** Irregularities and the referrals to the licensing subcommittee with their decisions (107.1.5 C, C.2). */
@Named
@ViewScoped
public class IrregularitiesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Irregularities irregularities;

    private boolean openReferrals;
    private List<IrregularityView> list;

    private Long decide;
    private String decidedOn;
    private String reference;
    private String outcome;

    public List<IrregularityView> getList() {
        if (list == null) {
            list = irregularities.list(null, openReferrals);
        }
        return list;
    }

    public void filter() {
        list = null;
    }

    public void choose(long id) {
        decide = id;
        decidedOn = null;
        reference = null;
        outcome = null;
    }

    public void record() {
        try {
            IrregularityView v = irregularities.decide(
                    decide == null ? 0 : decide, new CheckInCommands.DecideReferral(decidedOn, reference, outcome));
            FacesErrors.info("The subcommittee's decision on " + v.candidateName() + "'s referral is recorded");
            decide = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isOpenReferrals() {
        return openReferrals;
    }

    public void setOpenReferrals(boolean openReferrals) {
        this.openReferrals = openReferrals;
    }

    public Long getDecide() {
        return decide;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}

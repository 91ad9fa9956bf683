package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.ReferToTradeChief;
import org.tryon.permitting.machinery.domain.EscalationCause;

/**
 * 108.10 G.3 D: the form referring items to the trade chief, bound to {@link ReferToTradeChief}.
 */
@Named
@ViewScoped
public class MachineryReferralForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private EscalationCause cause;
    private List<Long> referredItemIds = new ArrayList<>();
    private String chiefContacted;
    private String referralDetails;

    @Inject
    MachineryDeterminations determinations;

    public void refer() {
        page.act(
                () -> determinations.refer(
                        page.getTargetPermitId(),
                        new ReferToTradeChief(cause, List.copyOf(referredItemIds), chiefContacted, referralDetails)),
                "Referred to the trade chief (G.3 D)",
                () -> {
                    referredItemIds = new ArrayList<>();
                    referralDetails = null;
                });
    }

    public EscalationCause[] getCauses() {
        return EscalationCause.values();
    }

    public EscalationCause getCause() {
        return cause;
    }

    public void setCause(EscalationCause v) {
        cause = v;
    }

    public List<Long> getReferredItemIds() {
        return referredItemIds;
    }

    public void setReferredItemIds(List<Long> v) {
        referredItemIds = v;
    }

    public String getChiefContacted() {
        return chiefContacted;
    }

    public void setChiefContacted(String v) {
        chiefContacted = v;
    }

    public String getReferralDetails() {
        return referralDetails;
    }

    public void setReferralDetails(String v) {
        referralDetails = v;
    }
}

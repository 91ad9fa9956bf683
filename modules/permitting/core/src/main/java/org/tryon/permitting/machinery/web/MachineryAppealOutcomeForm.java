package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.machinery.application.MachineryAppeals;
import org.tryon.permitting.machinery.application.MachineryRecordView;
import org.tryon.permitting.machinery.application.RecordAppealOutcome;
import org.tryon.permitting.machinery.domain.AppealDecision;
import org.tryon.permitting.module.web.AppealDecisionFields;

/**
 * 108.10 G.2: the form recording the outcome of the appeal for one item, bound to
 * {@link RecordAppealOutcome}: the item, its decision (upheld or reversed) and what every decision
 * on an appeal states ({@link AppealDecisionFields}).
 */
@Named
@ViewScoped
public class MachineryAppealOutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    @Inject
    MachineryAppeals appeals;

    private Long outcomeItemId;
    private AppealDecision decision;
    private final AppealDecisionFields appealDecision = new AppealDecisionFields();

    public void decideAppeal() {
        page.act(
                () -> {
                    MachineryRecordView.Item item = page.item(outcomeItemId);
                    return appeals.decide(
                            item == null || item.appealId() == null ? 0 : item.appealId(),
                            new RecordAppealOutcome(
                                    outcomeItemId,
                                    decision,
                                    appealDecision.getDecidedOn(),
                                    appealDecision.getDecidedBy(),
                                    appealDecision.getReasons()));
                },
                "Outcome of the appeal recorded (G.2)",
                () -> {
                    outcomeItemId = null;
                    appealDecision.setReasons(null);
                });
    }

    public AppealDecision[] getDecisions() {
        return AppealDecision.values();
    }

    public AppealDecisionFields getAppealDecision() {
        return appealDecision;
    }

    public Long getOutcomeItemId() {
        return outcomeItemId;
    }

    public void setOutcomeItemId(Long v) {
        outcomeItemId = v;
    }

    public AppealDecision getDecision() {
        return decision;
    }

    public void setDecision(AppealDecision v) {
        decision = v;
    }
}

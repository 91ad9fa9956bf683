package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.permitting.machinery.application.MachineryAppeals;
import org.tryon.permitting.machinery.application.MachineryRecordView;
import org.tryon.permitting.machinery.application.RecordAppealOutcome;
import org.tryon.permitting.machinery.domain.AppealDecision;

/**
 * 108.10 G.2: the form recording the outcome of the appeal for one item, bound to {@link RecordAppealOutcome}.
 */
@Named
@ViewScoped
public class MachineryAppealOutcomeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private Long outcomeItemId;
    private AppealDecision decision;
    private LocalDate decidedOn;
    private String decidedBy;
    private String decisionReasons;

    @Inject
    transient MachineryAppeals appeals;

    public void decideAppeal() {
        page.act(() -> {
            MachineryRecordView.Item item = page.item(outcomeItemId);
            return appeals.decide(item == null || item.appealId() == null ? 0 : item.appealId(),
                    new RecordAppealOutcome(outcomeItemId, decision, decidedOn, decidedBy, decisionReasons));
        }, "Outcome of the appeal recorded (G.2)", () -> {
            outcomeItemId = null;
            decisionReasons = null;
        });
    }

    public AppealDecision[] getDecisions() { return AppealDecision.values(); }

    public Long getOutcomeItemId() { return outcomeItemId; }
    public void setOutcomeItemId(Long v) { outcomeItemId = v; }
    public AppealDecision getDecision() { return decision; }
    public void setDecision(AppealDecision v) { decision = v; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate v) { decidedOn = v; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String v) { decidedBy = v; }
    public String getDecisionReasons() { return decisionReasons; }
    public void setDecisionReasons(String v) { decisionReasons = v; }
}

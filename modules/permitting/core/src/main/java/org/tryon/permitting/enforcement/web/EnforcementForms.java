package org.tryon.permitting.enforcement.web;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.tryon.permitting.enforcement.application.DecideAppeal;
import org.tryon.permitting.enforcement.application.EnforcementActionView;
import org.tryon.permitting.enforcement.application.EnforcementActions;
import org.tryon.permitting.enforcement.application.GiveHearingNotice;
import org.tryon.permitting.enforcement.application.IssueCorrectiveOrder;
import org.tryon.permitting.enforcement.application.IssueDefectNotice;
import org.tryon.permitting.enforcement.application.IssueStopOrder;
import org.tryon.permitting.enforcement.application.LiftOrder;
import org.tryon.permitting.enforcement.application.RecordAppeal;
import org.tryon.permitting.enforcement.domain.AppealOutcome;
import org.tryon.permitting.enforcement.domain.CorrectiveAction;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.module.web.AppealDecisionFields;
import org.tryon.permitting.module.web.AppealFiling;
import org.tryon.platform.web.FacesErrors;

/**
 * What the permit's Enforcement tab and the department's enforcement list have in common: the
 * stop order (108.12.1) and notice of defects (108.12.3) forms, and for a chosen action the
 * record of its delivery (106), its lifting, its appeal and the decision (108.12.7), the hearing
 * notice and the corrective order on a condemnation (108.12.6). Each form's fields are cleared once
 * the use case accepts them, and kept (with the message naming the field) when it refuses.
 */
public abstract class EnforcementForms implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnforcementActions actions;

    private Long selectedId;
    private EnforcementActionView selected;

    // 108.12.1
    private String personDoingWork;
    private String workAddress;
    private String workToStop;
    private String stopReasons;
    private String conditionsToResume;
    // 108.12.3
    private String ownerOrOccupant;
    private String defectAddress;
    private String defects;
    private String defectReasons;
    private String remedy;
    private LocalDate correctBy;
    // 106
    private final DeliveryFields delivery = new DeliveryFields();
    // lifting
    private String liftReason;
    // 108.12.7
    private final AppealFiling appealFiling = new AppealFiling();
    private AppealOutcome outcome;
    private final AppealDecisionFields appealDecision = new AppealDecisionFields();
    // 108.12.6
    private LocalDateTime hearingAt;
    private String hearingPlace;
    private CorrectiveAction correctiveAction;
    private String findings;
    private String requirements;
    private LocalDate complyBy;

    /** The permit a stop order or notice of defects is issued on (asks the user's entry where there is no permit on the page). */
    protected abstract long targetPermitId();

    /** Reads the list again after a change. */
    protected abstract void reload();

    public void issueStopOrder() {
        act(
                () -> actions.issueStopOrder(
                        targetPermitId(),
                        new IssueStopOrder(personDoingWork, workAddress, workToStop, stopReasons, conditionsToResume)),
                "Stop order %s issued",
                () -> {
                    workToStop = null;
                    stopReasons = null;
                    conditionsToResume = null;
                });
    }

    public void issueDefectNotice() {
        act(
                () -> actions.issueDefectNotice(
                        targetPermitId(),
                        new IssueDefectNotice(
                                ownerOrOccupant, defectAddress, defects, defectReasons, remedy, correctBy)),
                "Notice of defects %s issued",
                () -> {
                    defects = null;
                    defectReasons = null;
                    remedy = null;
                    correctBy = null;
                });
    }

    public void select(long id) {
        try {
            selectedId = id;
            selected = actions.get(id);
            delivery.setDeliveredTo(selected.addresseeName());
            delivery.setMailingAddress(selected.addresseeAddress());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void recordDelivery() {
        act(() -> actions.recordDelivery(selectedId, delivery.command()), "Delivery of %s recorded", () -> {
            delivery.setDeliveryMethod(null);
            delivery.setArticleNumber(null);
        });
    }

    public void lift() {
        act(() -> actions.lift(selectedId, new LiftOrder(liftReason)), "%s lifted", () -> liftReason = null);
    }

    public void appeal() {
        act(
                () -> actions.appeal(
                        selectedId,
                        new RecordAppeal(
                                appealFiling.getFiledOn(), appealFiling.getAppellant(), appealFiling.getGrounds())),
                "Appeal of %s recorded",
                () -> {
                    appealFiling.setAppellant(null);
                    appealFiling.setGrounds(null);
                });
    }

    public void decide() {
        act(
                () -> actions.decideAppeal(
                        selectedId,
                        new DecideAppeal(
                                outcome,
                                appealDecision.getDecidedOn(),
                                appealDecision.getDecidedBy(),
                                appealDecision.getReasons())),
                "Decision on the appeal of %s recorded",
                () -> appealDecision.setReasons(null));
    }

    public void giveHearingNotice() {
        act(
                () -> actions.giveHearingNotice(selectedId, new GiveHearingNotice(hearingAt, hearingPlace)),
                "Notice of hearing %s issued",
                () -> hearingAt = null);
    }

    public void issueCorrectiveOrder() {
        act(
                () -> actions.issueCorrectiveOrder(
                        selectedId, new IssueCorrectiveOrder(correctiveAction, findings, requirements, complyBy)),
                "Order to take corrective action %s issued",
                () -> {
                    findings = null;
                    requirements = null;
                });
    }

    private void act(Supplier<EnforcementActionView> action, String done, Runnable clear) {
        try {
            EnforcementActionView view = action.get();
            FacesErrors.info(String.format(done, view.referenceNumber()));
            clear.run();
            reload();
            if (selectedId != null) {
                selected = actions.get(selectedId);
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public AppealOutcome[] getOutcomes() {
        return AppealOutcome.values();
    }

    public CorrectiveAction[] getCorrectiveActions() {
        return CorrectiveAction.values();
    }

    public EnforcementActionView getSelected() {
        return selected;
    }

    public Long getSelectedId() {
        return selectedId;
    }

    public String getPersonDoingWork() {
        return personDoingWork;
    }

    public void setPersonDoingWork(String v) {
        personDoingWork = v;
    }

    public String getWorkAddress() {
        return workAddress;
    }

    public void setWorkAddress(String v) {
        workAddress = v;
    }

    public String getWorkToStop() {
        return workToStop;
    }

    public void setWorkToStop(String v) {
        workToStop = v;
    }

    public String getStopReasons() {
        return stopReasons;
    }

    public void setStopReasons(String v) {
        stopReasons = v;
    }

    public String getConditionsToResume() {
        return conditionsToResume;
    }

    public void setConditionsToResume(String v) {
        conditionsToResume = v;
    }

    public String getOwnerOrOccupant() {
        return ownerOrOccupant;
    }

    public void setOwnerOrOccupant(String v) {
        ownerOrOccupant = v;
    }

    public String getDefectAddress() {
        return defectAddress;
    }

    public void setDefectAddress(String v) {
        defectAddress = v;
    }

    public String getDefects() {
        return defects;
    }

    public void setDefects(String v) {
        defects = v;
    }

    public String getDefectReasons() {
        return defectReasons;
    }

    public void setDefectReasons(String v) {
        defectReasons = v;
    }

    public String getRemedy() {
        return remedy;
    }

    public void setRemedy(String v) {
        remedy = v;
    }

    public LocalDate getCorrectBy() {
        return correctBy;
    }

    public void setCorrectBy(LocalDate v) {
        correctBy = v;
    }

    public DeliveryFields getDelivery() {
        return delivery;
    }

    public String getLiftReason() {
        return liftReason;
    }

    public void setLiftReason(String v) {
        liftReason = v;
    }

    public AppealFiling getAppealFiling() {
        return appealFiling;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AppealOutcome v) {
        outcome = v;
    }

    public AppealDecisionFields getAppealDecision() {
        return appealDecision;
    }

    public LocalDateTime getHearingAt() {
        return hearingAt;
    }

    public void setHearingAt(LocalDateTime v) {
        hearingAt = v;
    }

    public String getHearingPlace() {
        return hearingPlace;
    }

    public void setHearingPlace(String v) {
        hearingPlace = v;
    }

    public CorrectiveAction getCorrectiveAction() {
        return correctiveAction;
    }

    public void setCorrectiveAction(CorrectiveAction v) {
        correctiveAction = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        findings = v;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String v) {
        requirements = v;
    }

    public LocalDate getComplyBy() {
        return complyBy;
    }

    public void setComplyBy(LocalDate v) {
        complyBy = v;
    }
}

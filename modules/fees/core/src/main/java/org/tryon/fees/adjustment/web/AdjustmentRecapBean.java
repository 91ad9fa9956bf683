package org.tryon.fees.adjustment.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.fees.adjustment.application.AdjustmentAppeals;
import org.tryon.fees.adjustment.application.AdjustmentRecap;
import org.tryon.fees.adjustment.application.DecideAppeal;
import org.tryon.fees.adjustment.application.FileAppeal;
import org.tryon.fees.adjustment.application.RecordArrangement;
import org.tryon.fees.adjustment.application.ReinspectionAdjustments;
import org.tryon.fees.adjustment.domain.AdjustmentResponsibility;
import org.tryon.fees.adjustment.domain.AppealDecision;
import org.tryon.permitting.api.ProjectPermits;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.web.FacesErrors;

/**
 * The adjustment recap page (Re-Inspection Fee Program): a project's re-inspection fee adjustment as of today, with
 * its PDF; the forms to record a multi-prime arrangement (before the adjustment is applied), to file
 * the customer's appeal of an applied adjustment and, for the director, to decide it.
 * After each change the page is loaded again.
 */
@Named
@ViewScoped
public class AdjustmentRecapBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReinspectionAdjustments adjustments;

    @Inject
    AdjustmentAppeals appeals;

    @Inject
    Clock clock;

    @Inject
    ProjectPermits projectPermits;

    private Long project;
    private String picked;
    private AdjustmentRecap recap;
    private List<PermitHolder> holders = List.of();

    private AdjustmentResponsibility.Arrangement arrangement;
    private String agreedHolder;
    private String statement;

    private String appealAccount;
    private String grounds;
    private LocalDate receivedOn;

    private Long decideAppealId;
    private AppealDecision.Outcome decision;
    private String decisionReason;
    private BigDecimal newAmount;

    /**
     * The project picker (ADR 0053): projects by number, name, address or parcel number, asked of permitting through
     * its api.
     */
    public List<ProjectPermits.ProjectChoice> completeProject(String text) {
        return projectPermits.find(text, 15);
    }

    /** A project picked: its recap, at an address of its own (bookmarkable, the project's page links to it). */
    public String showPicked() {
        if (picked == null || !picked.matches("\\d{1,18}")) {
            FacesErrors.show(new org.tryon.platform.errors.RuleViolationException(
                    "project", "required", "Project: choose a project from the list (type its name, address or PIN)"));
            return null;
        }
        return "/fees/adjustment?faces-redirect=true&project=" + picked;
    }

    /** The picked project's number (the picker's value). */
    public String getPicked() {
        return picked;
    }

    public void setPicked(String picked) {
        this.picked = picked;
    }

    public void load() {
        if (project != null) {
            try {
                recap = adjustments.recap(project);
                holders = adjustments.holders(project);
                if (receivedOn == null) {
                    receivedOn = LocalDate.now(clock);
                }
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    private String reload(String message) {
        return FacesErrors.infoAfterRedirect(message, "/fees/adjustment?faces-redirect=true&project=" + project);
    }

    public String recordArrangement() {
        try {
            PermitHolder holder = holders.stream()
                    .filter(h -> key(h).equals(agreedHolder))
                    .findFirst()
                    .orElse(null);
            adjustments.recordArrangement(
                    project,
                    new RecordArrangement(
                            arrangement,
                            holder == null ? null : holder.kind(),
                            holder == null ? null : holder.id(),
                            statement));
            return reload("Arrangement recorded");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public String fileAppeal() {
        try {
            var a = appeals.file(project, new FileAppeal(appealAccount, grounds, receivedOn));
            return reload("Appeal #" + a.appealId() + " filed");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public String decide() {
        try {
            var a = appeals.decide(
                    project,
                    decideAppealId == null ? -1 : decideAppealId,
                    new DecideAppeal(
                            decision, decisionReason, decision == AppealDecision.Outcome.UPHELD ? null : newAmount));
            return reload("Appeal #" + a.appealId() + " decided: " + a.decision());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    /** A holder as the value of the agreed-holder choice. */
    public String key(PermitHolder h) {
        return h.kind().name() + ":" + h.id();
    }

    private boolean inRole(List<String> roles) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return roles.stream().anyMatch(external::isUserInRole);
    }

    public boolean isStaff() {
        return inRole(AdjustmentAppeals.FILERS);
    }

    public boolean isDirector() {
        return inRole(AdjustmentAppeals.DIRECTORS);
    }

    /** Whether an applied adjustment is not appealed yet. */
    public boolean isAppealable() {
        return recap != null
                && getApplied().stream()
                        .anyMatch(p -> recap.appeals().stream()
                                .noneMatch(a -> a.accountCode().equals(p.accountCode())));
    }

    /** Every adjustment applied: posted ones and zero ones (nothing to post); either may be appealed. */
    public List<AdjustmentRecap.Applied> getApplied() {
        if (recap == null) {
            return List.of();
        }
        List<AdjustmentRecap.Applied> all = new java.util.ArrayList<>(recap.posted());
        all.addAll(recap.nothingToPost());
        return all;
    }

    public List<AdjustmentRecap.Appeal> getOpenAppeals() {
        return recap == null
                ? List.of()
                : recap.appeals().stream().filter(a -> a.decision() == null).toList();
    }

    public AdjustmentResponsibility.Arrangement[] getArrangements() {
        return AdjustmentResponsibility.Arrangement.values();
    }

    public AppealDecision.Outcome[] getOutcomes() {
        return AppealDecision.Outcome.values();
    }

    public List<PermitHolder> getHolders() {
        return holders;
    }

    public Long getProject() {
        return project;
    }

    public void setProject(Long project) {
        this.project = project;
    }

    public AdjustmentRecap getRecap() {
        return recap;
    }

    public AdjustmentResponsibility.Arrangement getArrangement() {
        return arrangement;
    }

    public void setArrangement(AdjustmentResponsibility.Arrangement arrangement) {
        this.arrangement = arrangement;
    }

    public String getAgreedHolder() {
        return agreedHolder;
    }

    public void setAgreedHolder(String agreedHolder) {
        this.agreedHolder = agreedHolder;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public String getAppealAccount() {
        return appealAccount;
    }

    public void setAppealAccount(String appealAccount) {
        this.appealAccount = appealAccount;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    public Long getDecideAppealId() {
        return decideAppealId;
    }

    public void setDecideAppealId(Long decideAppealId) {
        this.decideAppealId = decideAppealId;
    }

    public AppealDecision.Outcome getDecision() {
        return decision;
    }

    public void setDecision(AppealDecision.Outcome decision) {
        this.decision = decision;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public BigDecimal getNewAmount() {
        return newAmount;
    }

    public void setNewAmount(BigDecimal newAmount) {
        this.newAmount = newAmount;
    }
}

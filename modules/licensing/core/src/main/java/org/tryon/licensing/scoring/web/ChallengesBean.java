package org.tryon.licensing.scoring.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.scoring.application.Challenges;
import org.tryon.licensing.scoring.application.ScoringViews.ChallengeView;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** Item challenges and score appeals, and the record of the subcommittee's decision (107.1.5 C). */
@Named
@ViewScoped
public class ChallengesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Challenges challenges;

    private List<ChallengeView> list;
    private Long selected;
    private boolean accepted = true;
    private LocalDate decidedOn;
    private String reference;
    private String decision;
    private String resolution = "CREDIT_ALL";
    private String correctedOption;

    public List<ChallengeView> getList() {
        if (list == null) {
            list = challenges.list();
        }
        return list;
    }

    public void decide() {
        try {
            if (selected == null) {
                throw new org.tryon.platform.errors.RuleViolationException(
                        "challenge", "required", "Choose the challenge or appeal decided");
            }
            ChallengeView c = challenges.decide(
                    selected,
                    new Challenges.Decide(
                            accepted,
                            decidedOn == null ? null : decidedOn.toString(),
                            reference,
                            decision,
                            resolution,
                            correctedOption));
            FacesErrors.info((c.kind().equals("ITEM_CHALLENGE") ? "Item challenge " : "Appeal ") + c.id() + " "
                    + UsFormat.code(c.status()).toLowerCase()
                    + (c.resultsRescored() > 0 ? "; " + c.resultsRescored() + " result(s) rescored as new rows" : ""));
            list = null;
            selected = null;
            reference = null;
            decision = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<ChallengeView> getOpen() {
        return getList().stream().filter(c -> "FILED".equals(c.status())).toList();
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getCorrectedOption() {
        return correctedOption;
    }

    public void setCorrectedOption(String correctedOption) {
        this.correctedOption = correctedOption;
    }
}

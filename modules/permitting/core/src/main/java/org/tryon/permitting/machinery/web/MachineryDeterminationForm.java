package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.MakeDetermination;
import org.tryon.permitting.machinery.domain.DeterminationOutcome;
import org.tryon.permitting.machinery.domain.ExceptionGround;

/**
 * 108.10 G.3 C, G.3 D: the form of an item's initial or final determination, bound to
 * {@link MakeDetermination} (an accepted item has no ground).
 */
@Named
@ViewScoped
public class MachineryDeterminationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private Long determinationItemId;
    private DeterminationOutcome outcome;
    private ExceptionGround ground;
    private String groundDetails;

    @Inject
    MachineryDeterminations determinations;

    public void determineInitially() {
        page.act(
                () -> determinations.determineInitially(MachineryBean.required(determinationItemId), determination()),
                "Initial determination recorded (G.3 C)",
                this::clear);
    }

    public void determineFinally() {
        page.act(
                () -> determinations.determineFinally(MachineryBean.required(determinationItemId), determination()),
                "Final determination recorded (G.3 D)",
                this::clear);
    }

    private MakeDetermination determination() {
        return new MakeDetermination(outcome, outcome == DeterminationOutcome.ACCEPTED ? null : ground, groundDetails);
    }

    private void clear() {
        determinationItemId = null;
        outcome = null;
        ground = null;
        groundDetails = null;
    }

    public DeterminationOutcome[] getOutcomes() {
        return DeterminationOutcome.values();
    }

    public ExceptionGround[] getGrounds() {
        return ExceptionGround.values();
    }

    public Long getDeterminationItemId() {
        return determinationItemId;
    }

    public void setDeterminationItemId(Long v) {
        determinationItemId = v;
    }

    public DeterminationOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(DeterminationOutcome v) {
        outcome = v;
    }

    public ExceptionGround getGround() {
        return ground;
    }

    public void setGround(ExceptionGround v) {
        ground = v;
    }

    public String getGroundDetails() {
        return groundDetails;
    }

    public void setGroundDetails(String v) {
        groundDetails = v;
    }
}

package org.tryon.fees.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tryon.fees.application.AdjustmentRecap;
import org.tryon.fees.application.ReinspectionAdjustments;
import org.tryon.platform.web.FacesErrors;

/** The adjustment recap page (seed 001): a project's re-inspection fee adjustment as of today, with its PDF. */
@Named
@RequestScoped
public class AdjustmentRecapBean {

    @Inject
    ReinspectionAdjustments adjustments;

    private Long project;
    private AdjustmentRecap recap;

    public void load() {
        if (project != null) {
            try {
                recap = adjustments.recap(project);
            } catch (RuntimeException e) {
                FacesErrors.show(e);
            }
        }
    }

    public Long getProject() { return project; }
    public void setProject(Long project) { this.project = project; }
    public AdjustmentRecap getRecap() { return recap; }
}

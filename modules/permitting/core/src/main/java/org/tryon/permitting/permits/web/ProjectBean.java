package org.tryon.permitting.permits.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.tryon.permitting.parties.application.DesignProfessionalView;
import org.tryon.permitting.parties.application.DesignProfessionals;
import org.tryon.permitting.permits.application.DesignateMega;
import org.tryon.permitting.permits.application.PermitView;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.ProjectView;
import org.tryon.permitting.permits.application.Projects;
import org.tryon.permitting.plans.application.PlanSubmissionView;
import org.tryon.permitting.plans.application.RecordReview;
import org.tryon.permitting.plans.application.SubmitPlans;
import org.tryon.permitting.plans.domain.ReviewDiscipline;
import org.tryon.permitting.plans.domain.ReviewResult;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.web.FacesErrors;

/**
 * One project's page: details and classification with its reasons (106, Re-Inspection Fee Program), the Mega Project
 * designation, plan review cycles (108.8 E, F.1) with drawings (108.8.3), its permits and history.
 */
@Named
@ViewScoped
public class ProjectBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Projects projects;

    @Inject
    Permits permits;

    @Inject
    DesignProfessionals designProfessionals;

    private Long id;
    /** The tab shown first, from a link ({@code ?tab=permits}, {@code certificates}): 0 the project. */
    private int activeTab;

    private ProjectView project;
    private List<PlanSubmissionView> plans;
    private List<PermitView> projectPermits;
    private List<HistoryEntry> history;

    private String megaReason;
    private String planDescription;
    private String authorName;
    private String authorAddress;
    private Long sealedById;
    private List<ReviewDiscipline> disciplines = new ArrayList<>();
    private Long reviewSubmissionId;
    private ReviewDiscipline reviewDiscipline;
    private ReviewResult reviewResult;
    private String reviewComments;

    public void load() {
        if (id != null && project == null) {
            act(() -> null, null);
        }
    }

    public void designateMega() {
        act(() -> projects.designateMega(id, new DesignateMega(megaReason)), "Designated a Mega Project (106)");
    }

    public void submitPlans() {
        act(
                () -> projects.submitPlans(
                        id, new SubmitPlans(planDescription, authorName, authorAddress, sealedById, disciplines)),
                "Plans submitted for review");
    }

    public void recordReview() {
        act(
                () -> projects.recordReview(
                        latestId(), new RecordReview(reviewDiscipline, reviewResult, reviewComments)),
                "Result recorded");
    }

    public void pickedUp() {
        act(() -> projects.drawingsPickedUp(latestId()), "Drawings picked up (108.8.3)");
    }

    public void destructionNotice() {
        act(() -> projects.drawingsDestructionNotice(latestId()), "Written notice of destruction recorded (108.8.3)");
    }

    public void destroyed() {
        act(() -> projects.drawingsDestroyed(latestId()), "Drawings destroyed; review comments kept (108.8.3)");
    }

    private long latestId() {
        return plans.isEmpty() ? -1 : plans.get(plans.size() - 1).id();
    }

    private void act(Supplier<Object> action, String done) {
        try {
            action.get();
            project = projects.get(id);
            plans = projects.plans(id);
            projectPermits = permits.forProject(id);
            history = projects.history(id);
            if (done != null) {
                FacesErrors.info(done);
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public PlanSubmissionView getLatest() {
        return plans == null || plans.isEmpty() ? null : plans.get(plans.size() - 1);
    }

    public List<DesignProfessionalView> getDesignProfessionals() {
        return designProfessionals.list();
    }

    public ReviewDiscipline[] getAllDisciplines() {
        return ReviewDiscipline.values();
    }

    public ReviewResult[] getResults() {
        return new ReviewResult[] {
            ReviewResult.APPROVED, ReviewResult.APPROVED_WITH_CONDITIONS, ReviewResult.NOT_APPROVED
        };
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectView getProject() {
        return project;
    }

    public List<PlanSubmissionView> getPlans() {
        return plans;
    }

    /** The tabs a link may open ({@code ?tab=}), in the order of the page. */
    private static final List<String> TABS = List.of("project", "plans", "permits", "certificates", "history");

    public String getTab() {
        return TABS.get(activeTab);
    }

    public void setTab(String tab) {
        activeTab = Math.max(0, TABS.indexOf(tab));
    }

    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public List<PermitView> getPermits() {
        return projectPermits;
    }

    public List<HistoryEntry> getHistory() {
        return history;
    }

    public String getMegaReason() {
        return megaReason;
    }

    public void setMegaReason(String megaReason) {
        this.megaReason = megaReason;
    }

    public String getPlanDescription() {
        return planDescription;
    }

    public void setPlanDescription(String planDescription) {
        this.planDescription = planDescription;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public String getAuthorAddress() {
        return authorAddress;
    }

    public void setAuthorAddress(String authorAddress) {
        this.authorAddress = authorAddress;
    }

    public Long getSealedById() {
        return sealedById;
    }

    public void setSealedById(Long sealedById) {
        this.sealedById = sealedById;
    }

    public List<ReviewDiscipline> getDisciplines() {
        return disciplines;
    }

    public void setDisciplines(List<ReviewDiscipline> disciplines) {
        this.disciplines = disciplines;
    }

    public ReviewDiscipline getReviewDiscipline() {
        return reviewDiscipline;
    }

    public void setReviewDiscipline(ReviewDiscipline reviewDiscipline) {
        this.reviewDiscipline = reviewDiscipline;
    }

    public ReviewResult getReviewResult() {
        return reviewResult;
    }

    public void setReviewResult(ReviewResult reviewResult) {
        this.reviewResult = reviewResult;
    }

    public String getReviewComments() {
        return reviewComments;
    }

    public void setReviewComments(String reviewComments) {
        this.reviewComments = reviewComments;
    }

    public Long getReviewSubmissionId() {
        return reviewSubmissionId;
    }

    public void setReviewSubmissionId(Long reviewSubmissionId) {
        this.reviewSubmissionId = reviewSubmissionId;
    }
}

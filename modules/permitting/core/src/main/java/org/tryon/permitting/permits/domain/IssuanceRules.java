package org.tryon.permitting.permits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.plans.domain.PlanRequirement;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.text.UsFormat;

/**
 * 108.8 E, F and G, 108.7: the reasons the Administrator shall not issue a permit, each with its
 * section. Every reason that holds is named, not just the first one.
 */
public final class IssuanceRules {

    private IssuanceRules() {}

    /**
     * The refusals for issuing {@code permit} on {@code day}.
     *
     * @param required    what the plan rules in force require for this permit (108.8 E, F.1)
     * @param latestPlans the project's latest plan submission, or null when none was made
     * @param delinquency the fees module's account of why the holder is delinquent (108.8 F.3), if it is
     */
    public static List<Violation> refusals(
            Permit permit,
            LocalDate day,
            Set<PlanRequirement> required,
            PlanSubmission latestPlans,
            Optional<String> delinquency) {
        List<Violation> refusals = new ArrayList<>();
        Project project = permit.getProject();
        if (project.getState() == Project.State.ABANDONED) {
            refusals.add(new Violation(
                    "projectId",
                    "106 Abandoned Projects",
                    "106 Abandoned Projects: project " + project.getName() + " was abandoned on "
                            + UsFormat.date(project.getAbandonedOn())));
        }
        ContractorFirm contractor = permit.getContractor();
        if (contractor != null) {
            try {
                contractor.requireLicenseFor(permit.getTrade(), day, "contractorId");
            } catch (RuleViolationException e) {
                refusals.addAll(e.violations());
            }
            if (contractor.bondOnFile(day).isEmpty()) {
                refusals.add(new Violation(
                        "bond",
                        "108.7",
                        "108.7: " + contractor.getName() + " has no continuous surety bond on file on "
                                + UsFormat.date(day)
                                + "; only the owner of a residence may get a permit without a bond"));
            }
        }
        delinquency.ifPresent(why -> refusals.add(new Violation(
                "applicant",
                "108.8 F.3",
                "108.8 F.3: " + permit.holder().name() + " is delinquent in the payment of fees previously billed: "
                        + why)));
        boolean plansNeeded = !required.isEmpty();
        if (plansNeeded && latestPlans == null) {
            refusals.add(
                    new Violation("plans", "108.8 E", "108.8 E: no plans identify their author by name and address"));
        }
        if (required.contains(PlanRequirement.SEAL) && latestPlans != null && latestPlans.getSealedBy() == null) {
            refusals.add(new Violation(
                    "plans",
                    "108.8 E seal",
                    "108.8 E: the plans must bear the North Carolina seal of a registered "
                            + "architect, engineer or landscape architect"));
        }
        if (required.contains(PlanRequirement.PLAN_REVIEW) && (latestPlans == null || !latestPlans.allApproved())) {
            refusals.add(new Violation(
                    "planReview",
                    "108.8 F.1",
                    "108.8 F.1: plan review has not approved the plans"
                            + (latestPlans == null
                                    ? ""
                                    : " (cycle " + latestPlans.getCycle()
                                            + (latestPlans.getCompletedOn() == null
                                                    ? " is in review)"
                                                    : " was not approved)"))));
        }
        return refusals;
    }
}

package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tryon.fees.api.FeeLine;
import org.tryon.fees.api.FeeQueries;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.parties.application.DesignProfessionals;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.permitting.permits.domain.AbandonmentClock;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.permitting.permits.domain.ProjectClassification;
import org.tryon.permitting.plans.application.PlanSubmissionView;
import org.tryon.permitting.plans.application.RecordReview;
import org.tryon.permitting.plans.application.SubmitPlans;
import org.tryon.permitting.plans.domain.PlanSubmission;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;

/**
 * Use cases of projects (106): creation with the owner, classification, the Director's Mega Project
 * designation, plan review cycles (108.8 E, F.1), drawings (108.8.3) and abandonment (106).
 */
@ApplicationScoped
@Transactional
public class Projects {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    Settings settings;

    @Inject
    FeeQueries fees;

    @Inject
    DesignProfessionals designProfessionals;

    @Inject
    AuditHistory audit;

    public ProjectView create(CreateProject command) {
        Inputs.valid(validator, command);
        Owner owner = owner(command);
        Project project = new Project(
                command.name(),
                new ProjectAddress(command.street(), command.city(), command.state(), command.zip()),
                command.pin(),
                owner,
                command.description(),
                Money.of(command.constructionValue()),
                command.grossSquareFeet(),
                command.heightFeet(),
                command.occupancyGroup(),
                command.mixedUse(),
                command.smokeCompartments(),
                command.dwelling(),
                command.workType(),
                command.shellDrawings(),
                command.federalReview(),
                today());
        em.persist(project);
        return view(project);
    }

    private Owner owner(CreateProject command) {
        if (command.ownerId() != null) {
            Owner owner = em.find(Owner.class, command.ownerId());
            if (owner == null) {
                throw new RuleViolationException("ownerId", "exists", "There is no owner with id " + command.ownerId());
            }
            return owner;
        }
        List<RuleViolationException.Violation> missing = new ArrayList<>();
        if (command.ownerName() == null || command.ownerName().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "ownerName", "required", "Name the owner (106 Owner), or choose one on record"));
        }
        if (command.ownerMailingAddress() == null
                || command.ownerMailingAddress().isBlank()) {
            missing.add(new RuleViolationException.Violation(
                    "ownerMailingAddress",
                    "required",
                    "Give the owner's mailing address: written notices go there (106 Written Notice)"));
        }
        if (!missing.isEmpty()) {
            throw new RuleViolationException(missing);
        }
        Owner owner = new Owner(
                command.ownerName(),
                command.ownerMailingAddress(),
                command.ownerPhone(),
                command.ownerEmail(),
                clock.instant());
        em.persist(owner);
        return owner;
    }

    /** 106 "Mega Project": the Director (administrator) designates a project of similar size or complexity. */
    public ProjectView designateMega(long id, DesignateMega command) {
        user.requireAnyRole(
                "106 Mega Project: only the Director or his designee designates a Mega Project", Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        Project project = find(id);
        project.designateMega(user.name(), today(), command.reason());
        return view(project);
    }

    /** The next review cycle of the project's plans (108.8 E: the author named; a seal where the plans bear one). */
    public PlanSubmissionView submitPlans(long id, SubmitPlans command) {
        Inputs.valid(validator, command);
        Project project = find(id);
        DesignProfessional seal = command.sealedById() == null ? null : designProfessionals.find(command.sealedById());
        PlanSubmission submission = new PlanSubmission(
                project,
                latestPlans(project).orElse(null),
                command.description(),
                command.authorName(),
                command.authorAddress(),
                seal,
                command.disciplines(),
                today(),
                user.name());
        em.persist(submission);
        return view(submission);
    }

    /** A discipline's result (plan reviewers, trade code administrators, the administrator). */
    public PlanSubmissionView recordReview(long submissionId, RecordReview command) {
        user.requireAnyRole(
                "Only plan reviewers record plan review results",
                Roles.PLAN_REVIEWER,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        PlanSubmission submission = findSubmission(submissionId);
        submission.recordResult(command.discipline(), command.result(), command.comments(), user.name(), today());
        return view(submission);
    }

    /** 108.8.3: the customer picked the drawings up. */
    public PlanSubmissionView drawingsPickedUp(long submissionId) {
        PlanSubmission submission = findSubmission(submissionId);
        submission.pickedUp(today());
        return view(submission);
    }

    /** 108.8.3: written notice to the customer that drawings not picked up will be destroyed. */
    public PlanSubmissionView drawingsDestructionNotice(long submissionId) {
        PlanSubmission submission = findSubmission(submissionId);
        submission.destructionNoticeGiven(today());
        return view(submission);
    }

    /** 108.8.3: destroys drawings not picked up, no sooner than the rule allows; review comments are kept. */
    public PlanSubmissionView drawingsDestroyed(long submissionId) {
        PlanSubmission submission = findSubmission(submissionId);
        LocalDate today = today();
        submission.destroy(
                today,
                settings.valueOn(PermittingSettings.DRAWINGS_PICK_UP_DAYS, today),
                settings.valueOn(PermittingSettings.DRAWINGS_NOTICE_DAYS, today));
        return view(submission);
    }

    /**
     * 106 "Abandoned Projects": marks abandoned every open project whose latest review cycle
     * completed more than the allowed days ago with no resubmittal and no permit since. Run by the
     * daily permit clock run. Returns the projects abandoned.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Project> abandonOn(LocalDate today) {
        AbandonmentClock clock = abandonmentClock(today);
        int longest = Math.max(clock.days(), clock.federalDays());
        List<PlanSubmission> candidates = em.createQuery(
                        "select s from PlanSubmission s join fetch s.project p where p.state = :open "
                                + "and s.completedOn is not null and s.completedOn < :horizon and s.cycle = "
                                + "(select max(t.cycle) from PlanSubmission t where t.project = p)",
                        PlanSubmission.class)
                .setParameter("open", Project.State.OPEN)
                .setParameter("horizon", today.minusDays(Math.min(clock.days(), clock.federalDays())))
                .getResultList();
        List<Project> abandoned = new ArrayList<>();
        for (PlanSubmission latest : candidates) {
            if (clock.abandonedOn(today, latest, lastIssued(latest.getProject()))) {
                latest.getProject().abandon(today);
                abandoned.add(latest.getProject());
            }
        }
        return abandoned;
    }

    private LocalDate lastIssued(Project project) {
        return em.createQuery("select max(p.issuedOn) from Permit p where p.project = :p", LocalDate.class)
                .setParameter("p", project)
                .getSingleResult();
    }

    private AbandonmentClock abandonmentClock(LocalDate day) {
        return new AbandonmentClock(
                settings.valueOn(PermittingSettings.ABANDONMENT_DAYS, day),
                settings.valueOn(PermittingSettings.ABANDONMENT_FEDERAL_DAYS, day));
    }

    public Optional<PlanSubmission> latestPlans(Project project) {
        return em.createQuery(
                        "select s from PlanSubmission s where s.project = :p order by s.cycle desc",
                        PlanSubmission.class)
                .setParameter("p", project)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public List<PlanSubmissionView> plans(long id) {
        Project project = find(id);
        return em
                .createQuery(
                        "select s from PlanSubmission s where s.project = :p order by s.cycle", PlanSubmission.class)
                .setParameter("p", project)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    /**
     * Projects matching {@code query} in name, street address or parcel number (or all, newest
     * first), at most {@code limit}.
     */
    public List<ProjectView> search(String query, int limit) {
        return rows(org.tryon.platform.lists.ListRequest.filtered(
                java.util.Map.of("q", query == null ? "" : query), Math.max(1, Math.min(limit, 500))));
    }

    /** The projects list: counted in the database. */
    public long count(org.tryon.platform.lists.ListRequest request) {
        return PermittingLists.PROJECTS.count(em, request);
    }

    /** One page of the projects list, filtered and sorted in the database, each with its classification. */
    public List<ProjectView> rows(org.tryon.platform.lists.ListRequest request) {
        return PermittingLists.PROJECTS.rows(
                em, request, projects -> projects.stream().map(this::view).toList());
    }

    public ProjectView get(long id) {
        return view(find(id));
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(Project.class, id);
    }

    /**
     * The project's classification on {@code day}: its permit fee is what the issued permits were
     * charged plus the schedule's quote for the others (Re-Inspection Fee Program compares the permit fee).
     */
    public ProjectClassification classify(Project project, LocalDate day) {
        return ProjectClassification.of(project, permitFees(project, day), thresholds(day));
    }

    /** The project's permit fees on {@code day}, or null while it has no permit (Re-Inspection Fee Program then judges by value alone). */
    private Money permitFees(Project project, LocalDate day) {
        List<Permit> permits = em.createQuery(
                        "select p from Permit p where p.project = :p and p.status not in :gone", Permit.class)
                .setParameter("p", project)
                .setParameter("gone", List.of(PermitStatus.CANCELLED))
                .getResultList();
        if (permits.isEmpty()) {
            return null;
        }
        Money total = Money.ZERO;
        for (Permit permit : permits) {
            List<FeeLine> posted = fees.feesForPermit(new PermitId(permit.getId()));
            total = total.plus(
                    posted.isEmpty()
                            ? fees.permitFeeQuote(permit.getTrade(), permit.getConstructionValue(), day)
                            : posted.stream().map(FeeLine::amount).reduce(Money.ZERO, Money::plus));
        }
        return total;
    }

    private ProjectClassification.Thresholds thresholds(LocalDate day) {
        return new ProjectClassification.Thresholds(
                settings.valueOn(PermittingSettings.SMALL_PROJECT_MAX_FEE, day),
                settings.valueOn(PermittingSettings.SMALL_PROJECT_MAX_VALUE, day),
                settings.valueOn(PermittingSettings.MEGA_HIGH_RISE_FEET, day),
                settings.valueOn(PermittingSettings.MEGA_ASSEMBLY_SQFT, day),
                settings.valueOn(PermittingSettings.MEGA_MIXED_USE_SQFT, day),
                settings.valueOn(PermittingSettings.MEGA_COMMERCIAL_SQFT, day),
                settings.valueOn(PermittingSettings.MEGA_INSTITUTIONAL_SQFT, day),
                settings.valueOn(PermittingSettings.MEGA_INSTITUTIONAL_COMPARTMENTS, day));
    }

    private ProjectView view(Project project) {
        LocalDate today = today();
        Money fees = permitFees(project, today);
        LocalDate lastDay = project.getState() == Project.State.OPEN && lastIssued(project) == null
                ? latestPlans(project).flatMap(abandonmentClock(today)::lastDay).orElse(null)
                : null;
        return ProjectView.of(
                project,
                fees == null ? java.math.BigDecimal.ZERO.setScale(2) : fees.amount(),
                ProjectClassification.of(project, fees, thresholds(today)),
                lastDay);
    }

    private PlanSubmissionView view(PlanSubmission submission) {
        LocalDate today = today();
        return PlanSubmissionView.of(
                submission,
                settings.valueOn(PermittingSettings.DRAWINGS_PICK_UP_DAYS, today),
                settings.valueOn(PermittingSettings.DRAWINGS_NOTICE_DAYS, today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    Project find(long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new RecordNotFoundException("project", id);
        }
        return project;
    }

    private PlanSubmission findSubmission(long id) {
        PlanSubmission submission = em.find(PlanSubmission.class, id);
        if (submission == null) {
            throw new RecordNotFoundException("plan submission", id);
        }
        return submission;
    }
}

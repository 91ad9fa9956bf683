package org.tryon.permitting.permits.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tryon.fees.api.FeeQueries;
import org.tryon.permitting.api.PermitIssued;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.HomeownerDeclaration;
import org.tryon.permitting.permits.domain.IssuanceRules;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.PermitClocks;
import org.tryon.permitting.permits.domain.PermitNotice;
import org.tryon.permitting.permits.domain.PermitStatusChange;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.permitting.plans.application.PlanRules;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.NotAllowedException;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Use cases of permits: application and issue (108.8). Taking an application, issuing, cancelling
 * and recording commencement are the permit office's acts: permit technicians, and trade code
 * administrators and the Administrator, for whom they act (108.2); plan reviewers see permits but
 * do none of these (403). Revocation is the Administrator's (108.12.2). Work of the system itself
 * (demo data, event delivery) has no caller and is let through by {@link CurrentUser#requireAnyRole}.
 */
@ApplicationScoped
@Transactional
public class Permits {

    /** Who takes applications, issues, cancels and records commencement (the screens offer these actions to them only). */
    public static final Set<String> PERMIT_OFFICE =
            Set.of(Roles.PERMIT_TECHNICIAN, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    @Inject
    SecurityContext security;

    @Inject
    PermitClockJob clockJob;

    @Inject
    PermitStatusLog statusLog;

    @Inject
    org.tryon.platform.settings.Settings settings;

    @Inject
    AuditHistory audit;

    @Inject
    Projects projects;

    @Inject
    PlanRules planRules;

    @Inject
    FeeQueries fees;

    @Inject
    org.tryon.permitting.parties.application.HomeownerCertificates homeownerCertificates;

    /**
     * 108.8 D: records an application. Refuses, naming each reason and its section, an application
     * by a contractor not licensed for the trade (108.8 G), a homeowner application that is not for
     * the owner's single-family detached primary residence (108.8 C, 106 "Homeowner"), an
     * application without the statement of compliance (108.8 D), or one on an abandoned project (106);
     * and a replacement (108.8.1) of a permit that has not ended, of another trade or project, or
     * already replaced.
     */
    public PermitView apply(ApplyForPermit command) {
        requireOffice(
                "108.8 D: applications for permits are taken by a permit technician, a trade code administrator or the "
                        + "Administrator");
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        Project project = projects.find(command.projectId());
        ContractorFirm contractor = null;
        if (command.contractorId() != null) {
            contractor = em.find(ContractorFirm.class, command.contractorId());
            if (contractor == null) {
                throw new RuleViolationException(
                        "contractorId", "exists", "There is no contractor with id " + command.contractorId());
            }
        }
        HomeownerDeclaration homeowner = null;
        if (command.homeownerName() != null && !command.homeownerName().isBlank()) {
            int months = settings.valueOn(PermittingSettings.HOMEOWNER_RESIDENCE_MONTHS, today);
            if (!command.homeownerPrimaryResidence()) {
                throw new RuleViolationException(
                        "homeownerPrimaryResidence",
                        "106 Homeowner",
                        "106 Homeowner: the owner must declare the dwelling their primary residence for at least "
                                + months + " months after completion of the work");
            }
            homeowner = new HomeownerDeclaration(
                    command.homeownerName(), today, months, command.homeownerCertificateNumber());
        }
        Permit master = null;
        if (command.masterPermitId() != null) {
            master = em.find(Permit.class, command.masterPermitId());
            if (master == null) {
                throw new RuleViolationException(
                        "masterPermitId", "exists", "There is no permit with id " + command.masterPermitId());
            }
        }
        Permit permit = new Permit(
                command.trade(),
                project,
                contractor,
                homeowner,
                master,
                command.description(),
                Money.of(command.constructionValue()),
                today,
                command.complianceStatement() ? command.statementBy() : null);
        if (command.replacesPermitId() != null) {
            Permit ended = em.find(
                    Permit.class, command.replacesPermitId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (ended == null) {
                throw new RuleViolationException(
                        org.tryon.permitting.permits.domain.PermitReplacement.FIELD,
                        "exists",
                        "There is no permit with id " + command.replacesPermitId());
            }
            permit.replace(ended);
        }
        em.persist(permit);
        em.flush();
        permit.assignNumber();
        return view(permit);
    }

    /**
     * What stands between the permit and its issue today: every reason of 108.8 C (an owner's electrical permit
     * needs the homeowner electrical test), E, F.1, F.3, G and 108.7 that holds, each with its section (empty when it
     * may be issued).
     */
    public List<RuleViolationException.Violation> issueCheck(long id) {
        Permit permit = find(id);
        LocalDate today = LocalDate.now(clock);
        List<RuleViolationException.Violation> refusals = new java.util.ArrayList<>(IssuanceRules.refusals(
                permit,
                today,
                planRules.requiredFor(permit, today),
                projects.latestPlans(permit.getProject()).orElse(null),
                fees.delinquency(permit.holder(), today)));
        refusals.addAll(homeownerCertificates.refusals(permit, today));
        return refusals;
    }

    /**
     * 108.8: issues the permit, unless a rule of 108.8 E, F or G or 108.7 refuses it (every reason
     * named), and tells fees and inspections, durably, once the transaction commits.
     */
    public PermitView issue(long id) {
        requireOffice(
                "108.8: a permit is issued by a permit technician, a trade code administrator or the Administrator");
        List<RuleViolationException.Violation> refusals = issueCheck(id);
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        Permit permit = find(id);
        LocalDate today = LocalDate.now(clock);
        em.persist(permit.issue(today, clock.instant(), user.name()));
        events.publishDurably(new PermitIssued(
                UUID.randomUUID(),
                clock.instant(),
                new PermitId(permit.getId()),
                permit.getNumber(),
                permit.getTrade(),
                permit.holder(),
                permit.getAddress().toString(),
                permit.getConstructionValue(),
                today,
                new ProjectId(permit.getProject().getId()),
                permit.getMasterPermit() == null
                        ? null
                        : new PermitId(permit.getMasterPermit().getId()),
                permit.getMasterPermit() == null
                        ? null
                        : permit.getMasterPermit().holder(),
                permit.getReplaces() == null
                        ? null
                        : new PermitId(permit.getReplaces().getId())));
        return view(permit);
    }

    /** Cancels a permit before any work was done under it; inspections stop accepting requests on it. */
    public PermitView cancel(long id, CancelPermit command) {
        requireOffice(
                "108.8: a permit is cancelled by a permit technician, a trade code administrator or the Administrator");
        Inputs.valid(validator, command);
        return move(
                find(id),
                PermitStatus.CANCELLED,
                "Cancelled: " + command.reason().trim());
    }

    /**
     * 108.12.2: the Administrator (or a trade code administrator for the Administrator) revokes a
     * permit on a ground the law names; no work may proceed under it (108.8.1).
     */
    public PermitView revoke(long id, RevokePermit command) {
        if (!security.isCallerInRole(Roles.ADMINISTRATOR) && !security.isCallerInRole(Roles.TRADE_CODE_ADMINISTRATOR)) {
            throw new NotAllowedException(
                    "108.12.2: only the Administrator or a trade code administrator revokes a permit");
        }
        Inputs.valid(validator, command);
        return move(
                find(id),
                PermitStatus.REVOKED,
                "Revoked (108.12.2): " + command.ground().label() + ". "
                        + command.details().trim());
    }

    private PermitView move(Permit permit, PermitStatus next, String reason) {
        PermitStatus from = permit.getStatus();
        return recorded(permit, from, permit.moveTo(next, LocalDate.now(clock), clock.instant(), user.name(), reason));
    }

    private PermitView recorded(Permit permit, PermitStatus from, PermitStatusChange change) {
        statusLog.record(permit, from, change);
        return view(permit);
    }

    /** 106 "Project Commenced": evidence submitted that work integral to the permit has started. */
    public PermitView recordCommencement(long id, RecordCommencement command) {
        requireOffice(
                "106 Project Commenced: the evidence that work has commenced is recorded by a permit technician, a trade "
                        + "code administrator or the Administrator");
        Inputs.valid(validator, command);
        Permit permit = find(id);
        PermitStatus from = permit.getStatus();
        return recorded(
                permit,
                from,
                permit.recordCommencement(
                        LocalDate.now(clock),
                        clock.instant(),
                        user.name(),
                        command.evidence().trim()));
    }

    /** Runs today's clocks now (the scheduler does it every day by itself); administrator only. */
    public PermitClockJob.Run runClocks() {
        if (!security.isCallerInRole(Roles.ADMINISTRATOR)) {
            throw new NotAllowedException("Only the administrator runs the permit clocks by hand");
        }
        return clockJob.runToday();
    }

    public List<NoticeView> notices(long id) {
        find(id);
        return em
                .createQuery("select n from PermitNotice n where n.permitId = :id order by n.id", PermitNotice.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(n -> new NoticeView(n.getKind(), n.getAddressedTo(), n.getText(), n.getDated()))
                .toList();
    }

    private PermitView view(Permit permit) {
        return PermitView.of(permit, clockJob.clocksOn(LocalDate.now(clock)));
    }

    /** Every permit as a BLDS row, newest first (the open-data export). */
    /**
     * Every permit as a BLDS row, newest first, streamed from the database ({@value #BLDS_FETCH} rows at a time) to
     * {@code sink} inside this transaction: one projection query (the status date and the license of the permit's
     * trade as correlated subqueries on their indexes; left joins, so that the database walks the permits by their key
     * in order and sends the first rows at once), no entity loaded, so memory stays constant however many
     * permits the county has.
     */
    public void bldsRows(
            java.util.function.Consumer<org.tryon.permitting.permits.application.BldsPermitExport.Row> sink) {
        try (java.util.stream.Stream<Object[]> rows = em.createQuery(
                        "select p.number, p.description, p.appliedOn, p.issuedOn, p.status, "
                                + "(select max(c.on) from PermitStatusChange c where c.permitId = p.id), "
                                + "p.address.street, p.address.city, p.address.state, p.address.zip, p.trade, "
                                + "p.constructionValue, coalesce(f.name, o.name), "
                                + "(select min(l.number) from ContractorLicense l where l.firm = f and l.trade = p.trade) "
                                + "from Permit p left join p.contractor f left join p.project pr left join pr.owner o "
                                + "order by p.id desc",
                        Object[].class)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_FETCH_SIZE, BLDS_FETCH)
                .setHint(org.hibernate.jpa.HibernateHints.HINT_READ_ONLY, true)
                .getResultStream()) {
            rows.forEach(r -> sink.accept(new org.tryon.permitting.permits.application.BldsPermitExport.Row(
                    (String) r[0],
                    (String) r[1],
                    (LocalDate) r[2],
                    (LocalDate) r[3],
                    null,
                    (org.tryon.permitting.api.PermitStatus) r[4],
                    r[5] != null ? (LocalDate) r[5] : (LocalDate) r[2],
                    (String) r[6],
                    (String) r[7],
                    (String) r[8],
                    (String) r[9],
                    (org.tryon.platform.kernel.Trade) r[10],
                    ((org.tryon.platform.money.Money) r[11]).amount(),
                    (String) r[12],
                    (String) r[13],
                    (org.tryon.platform.kernel.Trade) r[10])));
        }
    }

    /** Rows the BLDS export reads from the database at a time. */
    static final int BLDS_FETCH = 1000;

    public List<StatusChangeView> statusChanges(long id) {
        find(id);
        return em
                .createQuery(
                        "select c from PermitStatusChange c where c.permitId = :id order by c.id",
                        PermitStatusChange.class)
                .setParameter("id", id)
                .getResultList()
                .stream()
                .map(StatusChangeView::of)
                .toList();
    }

    /** The permits of one project, oldest first. */
    public List<PermitView> forProject(long projectId) {
        PermitClocks clocks = clockJob.clocksOn(LocalDate.now(clock));
        return em
                .createQuery(
                        "select p from Permit p left join fetch p.contractor join fetch p.project where p.project.id = :id order by p.id",
                        Permit.class)
                .setParameter("id", projectId)
                .getResultList()
                .stream()
                .map(p -> PermitView.of(p, clocks))
                .toList();
    }

    public PermitView get(long id) {
        return view(find(id));
    }

    public List<HistoryEntry> history(long id) {
        find(id);
        return audit.of(Permit.class, id);
    }

    /** Refuses (403, {@code refusal} naming the section) unless the caller is of the permit office or is the system. */
    private void requireOffice(String refusal) {
        user.requireAnyRole(refusal, PERMIT_OFFICE.toArray(String[]::new));
    }

    private Permit find(long id) {
        Permit permit = em.find(Permit.class, id);
        if (permit == null) {
            throw new RecordNotFoundException("permit", id);
        }
        return permit;
    }
}

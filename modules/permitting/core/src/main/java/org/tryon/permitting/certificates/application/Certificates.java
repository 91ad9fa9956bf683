package org.tryon.permitting.certificates.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tryon.fees.api.FeeQueries;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.certificates.domain.Certificate;
import org.tryon.permitting.certificates.domain.CertificateKind;
import org.tryon.permitting.certificates.domain.CertificateRules;
import org.tryon.permitting.certificates.domain.CertificateSettings;
import org.tryon.permitting.certificates.domain.PermitOnStructure;
import org.tryon.permitting.certificates.domain.TemporaryCertificate;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.application.PermitStatusLog;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.Project;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.ProjectId;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;

/**
 * Use cases of a project's certificates: temporary certificates of occupancy (108.11.3) and the
 * certificate of compliance or occupancy (108.11.4).
 *
 * <p>Roles (our decision; the section's text is not at hand): the certificates are the
 * Administrator's act (108.2), so the administrator and trade code administrators issue, renew and
 * revoke them; permit technicians, plan reviewers and the others who see projects prepare: they see
 * the check of what still stands in the way.
 */
@ApplicationScoped
@Transactional
public class Certificates {

    static final String[] ISSUERS = {Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR};

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
    PermitStatusLog statusLog;

    @Inject
    AuditHistory audit;

    public CertificatesOverview overview(long projectId) {
        project(projectId);
        LocalDate today = today();
        return new CertificatesOverview(
                projectId,
                certificateOf(projectId).map(CertificateView::of).orElse(null),
                check(projectId),
                temporaries(projectId).stream()
                        .map(t -> TemporaryCertificateView.of(t, today))
                        .toList());
    }

    /**
     * 108.11.4: every reason the certificate may not be issued today: each permit on the structure
     * not finaled, named; what fees must be settled first, holder by holder (108.8 F.3, Re-Inspection Fee Program).
     */
    public List<Violation> check(long projectId) {
        project(projectId);
        LocalDate today = today();
        List<Permit> permits = permitsOf(projectId);
        List<PermitOnStructure> onStructure =
                permits.stream().map(Certificates::onStructure).toList();
        Optional<Certificate> issued = certificateOf(projectId);
        List<String> unsettled = new ArrayList<>();
        if (issued.isEmpty()) {
            Map<PermitHolder, List<PermitId>> byHolder = new LinkedHashMap<>();
            for (Permit p : permits) {
                if (p.getStatus() != PermitStatus.CANCELLED) {
                    byHolder.computeIfAbsent(p.holder(), h -> new ArrayList<>()).add(new PermitId(p.getId()));
                }
            }
            byHolder.forEach(
                    (holder, ids) -> fees.unsettledBeforeCertificate(new ProjectId(projectId), ids, holder, today)
                            .ifPresent(unsettled::add));
        }
        return CertificateRules.certificateRefusals(onStructure, issued.map(Certificate::getNumber), unsettled);
    }

    /**
     * 108.11.4: issues the certificate of compliance or occupancy when no rule refuses it (every
     * reason named, 422); each permit on the structure moves to certificate issued, recorded and
     * told to the other modules; a temporary certificate in force is superseded.
     */
    public CertificateView issue(long projectId) {
        user.requireAnyRole(
                "108.11.4: the Administrator or a trade code administrator issues the certificate of compliance or occupancy",
                ISSUERS);
        Project project = project(projectId);
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        List<Violation> refusals = check(projectId);
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        LocalDate today = today();
        List<Permit> permits = permitsOf(projectId);
        java.util.Set<Long> countedIds =
                CertificateRules.counted(
                                permits.stream().map(Certificates::onStructure).toList())
                        .stream()
                        .map(PermitOnStructure::id)
                        .collect(java.util.stream.Collectors.toSet());
        List<Permit> counted =
                permits.stream().filter(p -> countedIds.contains(p.getId())).toList();
        Certificate certificate = Certificate.issue(
                projectId,
                CertificateKind.forTrades(counted.stream().map(Permit::getTrade).toList()),
                counted.stream().map(Permit::getNumber).toList(),
                act(today));
        em.persist(certificate);
        em.flush();
        certificate.assignNumber();
        for (Permit p : counted) {
            statusLog.record(
                    p,
                    p.getStatus(),
                    p.moveTo(
                            PermitStatus.CERTIFICATE_ISSUED,
                            today,
                            clock.instant(),
                            user.name(),
                            certificate.getKind().title() + " " + certificate.getNumber() + " issued (108.11.4)"));
        }
        temporaries(projectId).forEach(t -> t.supersede(certificate.getIssued(), certificate.getNumber()));
        return CertificateView.of(certificate);
    }

    public CertificateView certificate(long projectId) {
        project(projectId);
        return certificateOf(projectId)
                .map(CertificateView::of)
                .orElseThrow(() -> new RecordNotFoundException("certificate of project", projectId));
    }

    /** 108.11.3: issues a temporary certificate of occupancy, in force for the period in force today (a setting). */
    public TemporaryCertificateView issueTemporary(long projectId, IssueTemporaryCertificate command) {
        user.requireAnyRole(
                "108.11.3: the Administrator or a trade code administrator issues a temporary certificate of occupancy",
                ISSUERS);
        Inputs.valid(validator, command);
        project(projectId);
        List<Violation> refusals = CertificateRules.temporaryCertificateRefusals(
                permitsOf(projectId).stream().map(Certificates::onStructure).toList(),
                certificateOf(projectId).map(Certificate::getNumber));
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        LocalDate today = today();
        TemporaryCertificate t = TemporaryCertificate.issue(
                projectId,
                command.portion(),
                command.conditions(),
                act(today),
                settings.valueOn(CertificateSettings.TEMPORARY_CERTIFICATE_DAYS, today));
        em.persist(t);
        em.flush();
        t.assignNumber();
        return TemporaryCertificateView.of(t, today);
    }

    /** 108.11.3: renews for the period in force today, from the later of its last day and today. */
    public TemporaryCertificateView renewTemporary(long projectId, long id) {
        user.requireAnyRole(
                "108.11.3: the Administrator or a trade code administrator renews a temporary certificate of occupancy",
                ISSUERS);
        TemporaryCertificate t = temporary(projectId, id);
        LocalDate today = today();
        t.renew(today, settings.valueOn(CertificateSettings.TEMPORARY_CERTIFICATE_DAYS, today));
        return TemporaryCertificateView.of(t, today);
    }

    public TemporaryCertificateView revokeTemporary(long projectId, long id, RevokeTemporaryCertificate command) {
        user.requireAnyRole(
                "108.11.3: the Administrator or a trade code administrator revokes a temporary certificate of occupancy",
                ISSUERS);
        Inputs.valid(validator, command);
        TemporaryCertificate t = temporary(projectId, id);
        LocalDate today = today();
        t.revoke(act(today), command.reason());
        return TemporaryCertificateView.of(t, today);
    }

    public TemporaryCertificateView getTemporary(long projectId, long id) {
        return TemporaryCertificateView.of(temporary(projectId, id), today());
    }

    public List<HistoryEntry> temporaryHistory(long projectId, long id) {
        temporary(projectId, id);
        return audit.of(TemporaryCertificate.class, id);
    }

    // ---- for the documents ----

    Project project(long projectId) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new RecordNotFoundException("project", projectId);
        }
        return project;
    }

    Optional<Certificate> certificateOf(long projectId) {
        return em.createQuery("select c from Certificate c where c.projectId = :id", Certificate.class)
                .setParameter("id", projectId)
                .getResultStream()
                .findFirst();
    }

    TemporaryCertificate temporary(long projectId, long id) {
        TemporaryCertificate t = em.find(TemporaryCertificate.class, id);
        if (t == null || t.getProjectId() != projectId) {
            throw new RecordNotFoundException("temporary certificate of occupancy", id);
        }
        return t;
    }

    List<Permit> permitsOf(long projectId) {
        return em.createQuery(
                        "select p from Permit p left join fetch p.contractor where p.project.id = :id order by p.id",
                        Permit.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The signed-in user's act today, now; certificates are signed "for the Administrator", in no office of their own. */
    private Act act(LocalDate today) {
        return new Act(today, clock.instant(), user.name(), null);
    }

    private List<TemporaryCertificate> temporaries(long projectId) {
        return em.createQuery(
                        "select t from TemporaryCertificate t where t.projectId = :id order by t.id desc",
                        TemporaryCertificate.class)
                .setParameter("id", projectId)
                .getResultList();
    }

    static PermitOnStructure onStructure(Permit p) {
        return new PermitOnStructure(
                p.getId(),
                p.getNumber(),
                p.getTrade(),
                p.getStatus(),
                p.getReplacedBy() == null ? null : p.getReplacedBy().getId());
    }
}

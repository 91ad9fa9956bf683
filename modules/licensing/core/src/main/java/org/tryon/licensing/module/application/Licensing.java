package org.tryon.licensing.module.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.tryon.licensing.api.CandidateEntered;
import org.tryon.licensing.module.application.LicensingViews.CandidateView;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.module.application.LicensingViews.TradeView;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.licensing.module.domain.LicensingTrade;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.CandidateId;

/** Use cases of licensing exams: the reference lists and candidates (109). */
@ApplicationScoped
@Transactional
public class Licensing {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    EventPublisher events;

    @Inject
    AuditHistory audit;

    public List<TradeView> trades() {
        return em
                .createQuery("select t from LicensingTrade t order by t.name", LicensingTrade.class)
                .getResultList()
                .stream()
                .map(t -> new TradeView(t.getCode(), t.getName()))
                .toList();
    }

    public List<CertificateTypeView> certificateTypes() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery("select c from CertificateType c order by c.trade.name, c.name", CertificateType.class)
                .getResultList()
                .stream()
                .map(c -> new CertificateTypeView(
                        c.getCode(),
                        c.getName(),
                        c.getTrade().getCode(),
                        c.getTrade().getName(),
                        c.getExperienceYears(),
                        c.getSection(),
                        c.getExaminedFrom(),
                        c.getExaminedUntil(),
                        c.isExaminedOn(today)))
                .toList();
    }

    public CandidateView enter(EnterCandidate command) {
        Inputs.valid(validator, command);
        CertificateType type = em.find(CertificateType.class, command.certificateType());
        if (type == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + command.certificateType() + "'");
        }
        Candidate c = new Candidate(command.name(), command.email(), command.phone(), type, LocalDate.now(clock));
        em.persist(c);
        em.flush();
        events.publish(new CandidateEntered(
                UUID.randomUUID(), clock.instant(), new CandidateId(c.getId()), c.getName(), type.getCode()));
        return view(c);
    }

    public List<CandidateView> candidates() {
        return em
                .createQuery("select c from Candidate c order by c.enteredOn desc, c.id desc", Candidate.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(Licensing::view)
                .toList();
    }

    public CandidateView candidate(long id) {
        Candidate c = em.find(Candidate.class, id);
        if (c == null) {
            throw new RecordNotFoundException("candidate", id);
        }
        return view(c);
    }

    public List<HistoryEntry> candidateHistory(long id) {
        candidate(id);
        return audit.of(Candidate.class, id);
    }

    private static CandidateView view(Candidate c) {
        return new CandidateView(
                c.getId(),
                c.getName(),
                c.getEmail(),
                c.getPhone(),
                c.getCertificateType().getCode(),
                c.getCertificateType().getName(),
                c.getEnteredOn());
    }
}

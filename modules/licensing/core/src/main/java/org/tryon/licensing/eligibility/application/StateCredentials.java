package org.tryon.licensing.eligibility.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.tryon.licensing.eligibility.application.EligibilityViews.CredentialView;
import org.tryon.licensing.eligibility.domain.StateCredential;
import org.tryon.licensing.module.domain.Candidate;
import org.tryon.licensing.module.domain.CertificateType;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;

/**
 * Credentials issued by state boards (106 "North Carolina Licensed Electrical Contractor"; the NC Board of Examiners of
 * Plumbing, Heating and Fire Sprinkler Contractors): recorded with the board, number, class and expiry, and who verified them
 * and when; never examined by the county.
 */
@ApplicationScoped
@Transactional
public class StateCredentials {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    public StateCredentials() {}

    /** For tests outside a container. */
    public StateCredentials(EntityManager em, Validator validator, Clock clock, CurrentUser user) {
        this.em = em;
        this.validator = validator;
        this.clock = clock;
        this.user = user;
    }

    public CredentialView record(EligibilityCommands.RecordStateCredential command) {
        Inputs.valid(validator, command);
        CertificateType type =
                em.find(CertificateType.class, command.certificateType().trim().toUpperCase(Locale.ROOT));
        if (type == null) {
            throw new RuleViolationException(
                    "certificateType", "exists", "There is no certificate type '" + command.certificateType() + "'");
        }
        if (command.candidateId() != null && em.find(Candidate.class, command.candidateId()) == null) {
            throw new RuleViolationException("candidateId", "exists", "There is no candidate " + command.candidateId());
        }
        String number = command.licenseNumber().trim().toUpperCase(Locale.ROOT);
        if (!em.createQuery(
                        "select c.id from StateCredential c where c.certificateType = :t and c.licenseNumber = :n",
                        Long.class)
                .setParameter("t", type.getCode())
                .setParameter("n", number)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "licenseNumber", "unique", type.getIssuingBoard() + " license " + number + " is already recorded");
        }
        LocalDate today = LocalDate.now(clock);
        StateCredential c = new StateCredential(
                type.getCode(),
                type.kindOn(today).orElse(null),
                command.candidateId(),
                command.holderName(),
                number,
                command.licenseClass(),
                command.expiresOn(),
                user.name(),
                command.verifiedOn(),
                command.verificationNote(),
                today,
                clock.instant());
        em.persist(c);
        em.flush();
        return view(c, type, today);
    }

    /** The credentials recorded, by holder. A read. */
    public List<CredentialView> list() {
        LocalDate today = LocalDate.now(clock);
        return em
                .createQuery("select c from StateCredential c order by c.holderName, c.id", StateCredential.class)
                .getResultList()
                .stream()
                .map(c -> view(c, em.find(CertificateType.class, c.getCertificateType()), today))
                .toList();
    }

    public CredentialView get(long id) {
        StateCredential c = em.find(StateCredential.class, id);
        if (c == null) {
            throw new RecordNotFoundException("state credential", id);
        }
        return view(c, em.find(CertificateType.class, c.getCertificateType()), LocalDate.now(clock));
    }

    private static CredentialView view(StateCredential c, CertificateType type, LocalDate today) {
        return new CredentialView(
                c.getId(),
                c.getCertificateType(),
                type.getName(),
                type.getIssuingBoard(),
                c.getCandidateId(),
                c.getHolderName(),
                c.getLicenseNumber(),
                c.getLicenseClass(),
                c.getExpiresOn(),
                c.isCurrentOn(today),
                c.getVerifiedBy(),
                c.getVerifiedOn(),
                c.getVerificationNote());
    }
}

package org.tryon.permitting.parties.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.tryon.licensing.api.CertificateIssued;
import org.tryon.licensing.api.CertificateRevoked;
import org.tryon.licensing.api.CertificateStandingChanged;
import org.tryon.licensing.api.CertificateTypes;
import org.tryon.permitting.module.domain.PermittingSettings;
import org.tryon.permitting.parties.domain.HomeownerCertificate;
import org.tryon.permitting.parties.domain.HomeownerElectricalTest;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.settings.Settings;

/**
 * 108.8 C: permitting keeps its own record of homeowner electrical certificates from licensing's durable events
 * (delivered by the outbox, in its delivery transaction; a second delivery changes nothing), and checks an owner's
 * electrical permit against it before issue.
 */
@ApplicationScoped
public class HomeownerCertificates {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    public HomeownerCertificates() {}

    /** For tests outside a container. */
    public HomeownerCertificates(EntityManager em, Clock clock, Settings settings) {
        this.em = em;
        this.clock = clock;
        this.settings = settings;
    }

    public void onIssued(@Observes CertificateIssued issued) {
        if (!CertificateTypes.HOMEOWNER_ELECTRICAL.equals(issued.certificateType())
                || em.find(HomeownerCertificate.class, issued.number()) != null) {
            return;
        }
        em.persist(new HomeownerCertificate(
                issued.number(),
                issued.certificateId().value(),
                issued.certificateType(),
                issued.holderName(),
                issued.issuedOn(),
                issued.expiresOn(),
                issued.occurredAt()));
    }

    public void onRevoked(@Observes CertificateRevoked revoked) {
        HomeownerCertificate c = em.find(HomeownerCertificate.class, revoked.number());
        if (c != null) {
            c.revoked(revoked.decidedOn(), revoked.occurredAt());
        }
    }

    public void onStandingChanged(@Observes CertificateStandingChanged changed) {
        HomeownerCertificate c = em.find(HomeownerCertificate.class, changed.number());
        if (c != null) {
            c.standing(changed.suspended(), changed.expiresOn(), changed.occurredAt());
        }
    }

    public Optional<HomeownerCertificate> find(String number) {
        return number == null || number.isBlank()
                ? Optional.empty()
                : Optional.ofNullable(
                        em.find(HomeownerCertificate.class, number.trim().toUpperCase(java.util.Locale.ROOT)));
    }

    /** 108.8 C: the refusal, if any, of issuing {@code permit} on {@code day} (the rule as in force on its application day). */
    public List<Violation> refusals(Permit permit, LocalDate day) {
        String number =
                permit.getHomeowner() == null ? null : permit.getHomeowner().getCertificateNumber();
        boolean required = settings == null
                || settings.valueOn(PermittingSettings.HOMEOWNER_ELECTRICAL_TEST, permit.getAppliedOn());
        return HomeownerElectricalTest.refusals(
                permit.getTrade(), permit.holder(), number, find(number), day, required);
    }
}

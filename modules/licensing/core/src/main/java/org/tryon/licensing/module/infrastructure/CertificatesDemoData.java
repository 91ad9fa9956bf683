package org.tryon.licensing.module.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.licensing.api.CertificateTypes;
import org.tryon.licensing.certificates.application.Certificates;
import org.tryon.licensing.delegation.application.DelegationViews.RecordDelegation;
import org.tryon.licensing.delegation.application.Delegations;
import org.tryon.licensing.module.application.EnterCandidate;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CandidateView;
import org.tryon.platform.migration.SchemaMigrated;

/**
 * Demo certificates, so the public verification page shows something on the first start: a journeyman electrician
 * (Ada Volt) and two homeowner electrical certificates (Jordan Reed, the owner of the system tests' houses, and Linh
 * Nguyen, the owner of permitting's demo kitchen circuits), carried over from the paper register; and the homeowner
 * electrical test delegated to the demo user {@code delegate} by the BDC (107.1.5 C). After the demo users (a later
 * priority); only when {@code tryon.demo=true} and no certificate exists yet. Each step is its own transaction.
 */
@ApplicationScoped
public class CertificatesDemoData {

    private static final Logger LOG = Logger.getLogger(CertificatesDemoData.class.getName());

    @Inject
    @ConfigProperty(name = "tryon.demo", defaultValue = "false")
    boolean demo;

    @Inject
    Licensing licensing;

    @Inject
    Certificates certificates;

    @Inject
    Delegations delegations;

    @Inject
    Clock clock;

    void load(@Observes @Priority(Interceptor.Priority.APPLICATION + 950) SchemaMigrated migrated) {
        if (!demo || !certificates.search(null, null, null, null).isEmpty()) {
            return;
        }
        step("journeyman electrician", () -> certificate("Ada Volt", "ada.volt@example.org", "JOURNEYMAN-ELECTRICIAN"));
        step(
                "homeowner Jordan Reed",
                () -> certificate("Jordan Reed", "jordan.reed@example.org", CertificateTypes.HOMEOWNER_ELECTRICAL));
        step(
                "homeowner Linh Nguyen",
                () -> certificate("Linh Nguyen", "linh.nguyen@example.org", CertificateTypes.HOMEOWNER_ELECTRICAL));
        step("delegation", () -> {
            LocalDate today = LocalDate.now(clock);
            delegations.record(new RecordDelegation(
                    "delegate",
                    CertificateTypes.HOMEOWNER_ELECTRICAL,
                    LocalDate.of(today.getYear(), 1, 1).toString(),
                    null,
                    "BDC",
                    "BDC resolution " + today.getYear() + "-31",
                    "Homeowner electrical tests at the Home Builders Association's training center (demo)"));
        });
    }

    private void certificate(String name, String email, String type) {
        CandidateView c = licensing.enter(new EnterCandidate(name, email, null, type));
        certificates.issue(
                c.id(),
                name,
                type,
                null,
                "Paper register (demo)",
                "Passed the examination; carried over from the paper register (demo data)");
    }

    private static void step(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Demo certificates: " + what + " not loaded", e);
        }
    }
}

package org.tryon.licensing.sessions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.tryon.platform.jobs.DailyJob;

/**
 * 107.1.5 C (ADR 0035): releases the seats of exam registrations whose payment hold
 * ({@code licensing.payment-hold-hours}, 72) lapsed unpaid and credits their fee. Asked at every tick of the platform's
 * job scheduler (every ten minutes); idempotent: a tick finds only what is still awaiting payment past its hold.
 */
@ApplicationScoped
public class PaymentHoldRelease implements DailyJob {

    @Inject
    ExamSessions sessions;

    @Override
    public String name() {
        return "Exam registrations past their payment hold";
    }

    @Override
    public String runIfDue() {
        List<Long> released = sessions.releaseLapsedHolds();
        return released.isEmpty()
                ? null
                : released.size() + " unpaid exam registration(s) released, the fee credited: " + released;
    }
}

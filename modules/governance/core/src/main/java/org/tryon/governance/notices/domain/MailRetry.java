package org.tryon.governance.notices.domain;

import java.time.Duration;
import java.time.LocalDateTime;

/**
 * When a message that failed is tried again: after a pause that doubles with each attempt (the first pause, then twice it,
 * four times, ...), never longer than {@code maxPause}, until {@code maxAttempts} attempts failed; then it is kept as
 * failed with its reason, on the clerk's screen, and the clerk may try it again. A technical policy of the mail server
 * (configuration {@code tryon.mail.*}), not a number of the ordinance: a notice posted on the public pages is given
 * whatever the mail does (G.S. 143-318.12(b)).
 */
public record MailRetry(Duration firstPause, Duration maxPause, int maxAttempts) {

    public MailRetry {
        if (firstPause.isNegative() || firstPause.isZero() || maxPause.compareTo(firstPause) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "a positive first pause, a longest pause not shorter, at least one attempt");
        }
    }

    /** The moment of the next attempt after {@code attempts} failed ones, the last at {@code failedAt}. */
    public LocalDateTime nextAttempt(LocalDateTime failedAt, int attempts) {
        Duration pause = firstPause;
        for (int i = 1; i < attempts && pause.compareTo(maxPause) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return failedAt.plus(pause.compareTo(maxPause) > 0 ? maxPause : pause);
    }

    /** Whether {@code attempts} failed attempts are the last. */
    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}

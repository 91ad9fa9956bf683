package org.tryon.licensing.delivery.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time of an on-screen examination (106; the minutes of the exam rule in force, plus the extra minutes of an
 * approved accommodation). The server counts it from the moment the attempt started, never the browser: the clock
 * keeps running through an interruption (a crash, a power cut, a browser restart), as at a test centre, so a
 * candidate who resumes has the time that is left, not the time they had when the screen went dark.
 *
 * @param startedAt      when the candidate started (the server's clock)
 * @param allowedSeconds the rule's minutes and the accommodation's extra minutes, in seconds
 */
public record ExamTime(Instant startedAt, int allowedSeconds) {

    public ExamTime {
        Objects.requireNonNull(startedAt);
        if (allowedSeconds <= 0) {
            throw new IllegalArgumentException("An examination needs time: " + allowedSeconds + " s");
        }
    }

    /** 106: the rule's minutes plus the accommodation's extra minutes, in seconds. */
    public static int allowedSeconds(int ruleMinutes, int extraMinutes) {
        if (ruleMinutes <= 0 || extraMinutes < 0) {
            throw new IllegalArgumentException("minutes " + ruleMinutes + ", extra minutes " + extraMinutes);
        }
        return (ruleMinutes + extraMinutes) * 60;
    }

    /** The instant after which no answer is taken. */
    public Instant deadline() {
        return startedAt.plusSeconds(allowedSeconds);
    }

    /** Seconds left at {@code now}, never below zero. */
    public long remainingSeconds(Instant now) {
        long left = Duration.between(now, deadline()).getSeconds();
        return Math.max(0, Math.min(allowedSeconds, left));
    }

    /** Whether the time is up at {@code now} (at the deadline itself it is). */
    public boolean isUp(Instant now) {
        return !now.isBefore(deadline());
    }

    /** Seconds used when submitting at {@code now}: at most the time allowed. */
    public int usedSeconds(Instant now) {
        long used = Duration.between(startedAt, now).getSeconds();
        return (int) Math.max(0, Math.min(allowedSeconds, used));
    }
}

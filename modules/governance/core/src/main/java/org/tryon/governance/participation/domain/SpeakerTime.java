package org.tryon.governance.participation.domain;

import java.time.Duration;

/**
 * The public appearance procedure (107.1.4 F, repeated in 107.1.4 G): "three (3) minutes per
 * speaker or a maximum of ten (10) minutes total for multiple speakers on the same matter". A
 * speaker gets three minutes, or what is left of the matter's ten if that is less; once the ten
 * minutes are used, later speakers on the matter get none. Both limits are settings.
 */
public record SpeakerTime(Duration perSpeaker, Duration perMatter) {

    public static SpeakerTime ordinance() {
        return new SpeakerTime(Duration.ofMinutes(3), Duration.ofMinutes(10));
    }

    /** The time the next speaker on a matter may take, after the matter's earlier speakers used {@code usedOnMatter}. */
    public Duration allowance(Duration usedOnMatter) {
        Duration left = perMatter.minus(usedOnMatter);
        if (left.isNegative()) {
            return Duration.ZERO;
        }
        return left.compareTo(perSpeaker) < 0 ? left : perSpeaker;
    }

    /** The speaker's time left, after speaking {@code spoken} of an allowance of {@code allowance} (zero, never negative). */
    public static Duration remaining(Duration allowance, Duration spoken) {
        Duration left = allowance.minus(spoken);
        return left.isNegative() ? Duration.ZERO : left;
    }
}

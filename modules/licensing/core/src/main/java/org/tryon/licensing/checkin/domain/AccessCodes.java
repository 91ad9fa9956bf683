package org.tryon.licensing.checkin.domain;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/**
 * The code a checked-in candidate types at the exam kiosk: eight characters drawn at random (a {@link SecureRandom})
 * from an alphabet without the characters read alike (0/O, 1/I/L, 5/S, 2/Z, 8/B), so a proctor can read it aloud and a
 * candidate type it without doubt.
 */
public final class AccessCodes {

    public static final String ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679";
    public static final int LENGTH = 8;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessCodes() {}

    public static String next() {
        return next(RANDOM);
    }

    static String next(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Whether {@code code} has the length and only characters of the alphabet. */
    public static boolean wellFormed(String code) {
        return code != null && code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}

package org.tryon.licensing.certificates.domain;

import java.security.SecureRandom;

/**
 * The verification code printed on a certificate: 16 characters drawn by a cryptographic random generator from an
 * alphabet without look-alikes (no 0/O, 1/I/L), in groups of four: 30^16, about 2^78 codes, so a code cannot be
 * guessed from a certificate number or from another code.
 */
public final class VerificationCodes {

    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ2345678";
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {}

    public static String next() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}

package org.tryon.licensing.certificates.domain;

import java.util.Locale;

/**
 * A certificate's readable number (109): the initials of its type, the year of issue and a running number of that
 * prefix and year, e.g. {@code JE-2026-0001} for the first journeyman electrician certificate of 2026 and
 * {@code HE-2026-0001} for the first homeowner electrical certificate. The running number comes from
 * {@link CertificateSequence}, taken under a lock, so two certificates never get one number.
 */
public final class CertificateNumbers {

    private CertificateNumbers() {}

    /** JOURNEYMAN-ELECTRICIAN to JE, HOMEOWNER-ELECTRICAL to HE, MECHANIC-GAS-PIPING to MGP. */
    public static String prefix(String certificateType) {
        StringBuilder p = new StringBuilder();
        for (String word : certificateType.toUpperCase(Locale.ROOT).split("[^A-Z0-9]+")) {
            if (!word.isEmpty()) {
                p.append(word.charAt(0));
            }
        }
        return p.length() == 0 ? "C" : p.toString();
    }

    public static String format(String prefix, int year, int running) {
        if (running < 1) {
            throw new IllegalArgumentException("a running number starts at 1");
        }
        return prefix + "-" + year + "-" + String.format("%04d", running);
    }

    /** The number as a verifier may type it: trimmed, upper case. */
    public static String normalize(String number) {
        return number == null ? "" : number.trim().toUpperCase(Locale.ROOT);
    }
}

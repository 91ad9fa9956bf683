package org.tryon.licensing.certificates.domain;

/**
 * What a certificate is worth on a day (109): valid; expired (its renewal date has passed, computed from the dates,
 * never written); suspended or revoked by an official action of the licensing subcommittee (107.1.5 C.2).
 */
public enum CertificateStatus {
    VALID,
    EXPIRED,
    SUSPENDED,
    REVOKED
}

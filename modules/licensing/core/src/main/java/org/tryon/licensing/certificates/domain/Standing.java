package org.tryon.licensing.certificates.domain;

/** What the official actions have decided about a certificate (107.1.5 C.2): in force, suspended, or revoked (final). */
public enum Standing {
    ACTIVE,
    SUSPENDED,
    REVOKED
}

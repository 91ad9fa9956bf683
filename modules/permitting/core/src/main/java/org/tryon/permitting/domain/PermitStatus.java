package org.tryon.permitting.domain;

/** The states of a permit's life (108.8, 108.8.1, 108.10 E, 108.11.4, 108.12.2). */
public enum PermitStatus {
    APPLIED, IN_REVIEW, APPROVED, ISSUED, WORK_COMMENCED, FINALED, CERTIFICATE_ISSUED, EXPIRED, VOID, REVOKED, CANCELLED
}

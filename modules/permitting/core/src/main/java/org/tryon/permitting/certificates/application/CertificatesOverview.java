package org.tryon.permitting.certificates.application;

import java.util.List;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * A project's certificates (108.11): its certificate of compliance or occupancy when issued, what
 * stands between it and the certificate today (every permit not finaled, fees to settle), and its
 * temporary certificates of occupancy, newest first, expired ones included.
 */
public record CertificatesOverview(
        long projectId,
        CertificateView certificate,
        List<Violation> certificateCheck,
        List<TemporaryCertificateView> temporaryCertificates)
        implements java.io.Serializable {}

package org.tryon.licensing.eligibility.domain;

/** An application's status ({@code lic_application.status}); a lapse is ELIGIBLE with {@code eligible_until} past. */
public enum ApplicationStatus {
    SUBMITTED,
    ELIGIBLE,
    INELIGIBLE,
    WITHDRAWN
}

package org.tryon.licensing.eligibility.domain;

/** Where staff's check of an experience line or a reference stands. */
public enum LineStatus {
    PENDING,
    VERIFIED,
    REJECTED
}

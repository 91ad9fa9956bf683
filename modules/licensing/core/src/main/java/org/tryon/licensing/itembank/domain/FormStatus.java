package org.tryon.licensing.itembank.domain;

/** A form: assembled and under review (DRAFT), LOCKED (administered as it stands), RETIRED (no longer given). */
public enum FormStatus {
    DRAFT,
    LOCKED,
    RETIRED
}

package org.tryon.licensing.domain.itembank;

/** A form: assembled and under review (DRAFT), LOCKED (administered as it stands), RETIRED (no longer given). */
public enum FormStatus {
    DRAFT,
    LOCKED,
    RETIRED
}

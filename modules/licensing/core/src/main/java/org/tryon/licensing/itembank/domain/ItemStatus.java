package org.tryon.licensing.itembank.domain;

/** The review of an item version: drafted, approved by the licensing subcommittee (107.1.5 C), active (forms draw it), retired. */
public enum ItemStatus {
    DRAFT,
    APPROVED,
    ACTIVE,
    RETIRED
}

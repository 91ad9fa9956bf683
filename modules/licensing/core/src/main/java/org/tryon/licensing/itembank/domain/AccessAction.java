package org.tryon.licensing.itembank.domain;

/** What was done with confidential items: an item viewed, a form's items reviewed, the bank exported or imported. */
public enum AccessAction {
    VIEW,
    FORM_REVIEW,
    EXPORT_QTI,
    EXPORT_CSV,
    IMPORT_QTI,
    IMPORT_CSV
}

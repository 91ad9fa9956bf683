package org.tryon.permitting.certificates.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 108.11.3: the part of the building that may be occupied (the whole when empty) and the conditions. */
public record IssueTemporaryCertificate(
        @Size(max = 300) String portion,
        @NotBlank @Size(max = 2000) String conditions) {}

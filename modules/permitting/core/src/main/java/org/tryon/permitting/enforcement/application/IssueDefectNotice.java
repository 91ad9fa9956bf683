package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** 108.12.3: tell the owner or occupant of the defects; they are remedied immediately, or by {@code correctBy} when given. */
public record IssueDefectNotice(
        @NotBlank @Size(max = 200) String ownerOrOccupant,
        @NotBlank @Size(max = 400) String address,
        @NotBlank @Size(max = 2000) String defects,
        @NotBlank @Size(max = 2000) String reasons,
        @Size(max = 2000) String remedy,
        LocalDate correctBy) {}

package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * 108.10 G.1: one piece of equipment as the owner describes it: what it is, its size and weight, its
 * proposed location (building, and the space within it if any) and the step or procedure it provides
 * for in the production process. {@code replacesItemId}: in an amendment, the earlier item it revises.
 */
public record DeclaredItem(
        @NotBlank @Size(max = 1000) String description,
        @NotBlank @Size(max = 200) String size,
        @NotNull @Positive Integer weightPounds,
        @NotBlank @Size(max = 200) String building,
        @Size(max = 200) String space,
        @NotBlank @Size(max = 2000) String processStep,
        Long replacesItemId)
        implements java.io.Serializable {}

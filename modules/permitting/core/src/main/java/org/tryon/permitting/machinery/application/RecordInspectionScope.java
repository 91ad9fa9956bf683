package org.tryon.permitting.machinery.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.machinery.domain.ConnectionPoint;

/** 108.10 G.3 F.4.1: whether the accepted machine is in place at final inspection, and the service point the building wiring is inspected to. */
public record RecordInspectionScope(
        @NotNull Boolean inPlaceAtFinal,
        @NotNull ConnectionPoint connectionPoint,
        @Size(max = 200) String connectionDetail) {}

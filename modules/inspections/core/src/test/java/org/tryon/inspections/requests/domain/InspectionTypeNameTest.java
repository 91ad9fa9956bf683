package org.tryon.inspections.requests.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.kernel.Trade;

class InspectionTypeNameTest {

    @Test
    @DisplayName(
            "108.10: an inspection type is shown by the trade and its name (Building — footing), never by its code")
    void displayNames() {
        assertThat(InspectionType.displayName(Trade.BUILDING, "Footing")).isEqualTo("Building — footing");
        assertThat(InspectionType.displayName(Trade.BUILDING, "Building final")).isEqualTo("Building — final");
        assertThat(InspectionType.displayName(Trade.ELECTRICAL, "Electrical rough-in"))
                .isEqualTo("Electrical — rough-in");
        assertThat(InspectionType.displayName(Trade.PLUMBING, "Work in progress (108.10.2)"))
                .isEqualTo("Plumbing — work in progress (108.10.2)");
    }
}

package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * 108.12.4: condemn a building especially dangerous to life as unsafe, with notice to its owner
 * and a notice posted on it. On a permit's work ({@code permitId}: the building is at the permit's
 * address unless one is given) or on any building by its address.
 */
public record CondemnBuilding(
        Long permitId,
        @Size(max = 200) String street,
        @Size(max = 80) String city,

        @Pattern(regexp = "[A-Za-z]{2}", message = "is a two-letter state code")
        String state,

        @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "is a ZIP code (28202 or 28202-1234)")
        String zip,

        @NotBlank @Size(max = 200) String owner,
        @NotBlank @Size(max = 400) String ownerAddress,
        @NotBlank @Size(max = 2000) String dangers,
        @NotBlank @Size(max = 2000) String reasons,
        @Size(max = 2000) String conditions) {

    /** Without a permit, the building is named by its full address. */
    @AssertTrue(message = "street, city, state and zip of the building are required unless a permit is named")
    public boolean isBuildingAddressGiven() {
        return permitId != null || (notBlank(street) && notBlank(city) && notBlank(state) && notBlank(zip));
    }

    boolean hasAddress() {
        return notBlank(street);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}

package org.tryon.governance.participation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.governance.participation.domain.CopyDelivery;

/** Interested parties, certified copies and their deliveries (107.1.4 A). */
public final class ResolutionCommands {

    private ResolutionCommands() {}

    /** A party interested in a resolution, with a postal address or an e-mail address (at least one). */
    public record NameParty(
            @NotBlank @Size(max = 150) String name,
            @Size(max = 300) String address,
            @Email @Size(max = 254) String email) {}

    /** Certify a copy of the resolution for one of its interested parties. */
    public record Certify(@NotNull Long partyId) {}

    /** A delivery of a certified copy: how, and where to (default: the party's e-mail for e-mail, its address otherwise). */
    public record Deliver(
            @NotNull CopyDelivery.Method method,
            @Size(max = 300) String sentTo) {}
}

package org.tryon.licensing.certificates.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** Commands of the certificate screens and API. Days are ISO text ("2026-12-06"), read through {@code Inputs.day}. */
public final class CertificateCommands {

    private CertificateCommands() {}

    /**
     * An official action of the licensing subcommittee (107.1.5 C.2): suspension, lifting it, revocation, renewal.
     *
     * @param decidedOn the day the subcommittee decided (not after today)
     * @param reference the minutes, resolution or file that records the decision
     * @param reason    why
     */
    public record OfficialActionCommand(
            @NotBlank String decidedOn,
            @NotBlank @Size(max = 100) String reference,
            @NotBlank @Size(max = 600) String reason) {}

    /** Continuing education completed by the holder (109 renewal). */
    public record RecordEducation(
            @NotNull @DecimalMin("0.5") BigDecimal hours,
            @NotBlank String completedOn,
            @NotBlank @Size(max = 200) String course) {}

    /** The county's decision on a delegated result (107.1.5 C). */
    public record ReviewDecision(
            @NotBlank @Size(max = 100) String reference,
            @NotBlank @Size(max = 600) String reason) {}
}

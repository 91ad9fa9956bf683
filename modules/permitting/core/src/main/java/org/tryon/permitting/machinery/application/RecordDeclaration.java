package org.tryon.permitting.machinery.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.tryon.permitting.machinery.domain.SignerCapacity;

/**
 * 108.10 G.1: the owner's industrial machinery declaration (or an amendment of it) as received: the
 * owner, what the production process makes, the equipment, and who signed it (the owner or an
 * officer of the business), with the title and the day.
 */
public record RecordDeclaration(
        @NotBlank @Size(max = 200) String ownerName,
        @NotBlank @Size(max = 400) String ownerAddress,
        @NotBlank @Size(max = 1000) String product,
        @Size(max = 4000) String processDescription,
        @NotBlank @Size(max = 200) String signerName,
        @NotBlank @Size(max = 120) String signerTitle,
        @NotNull SignerCapacity signerCapacity,
        @NotNull LocalDate signedOn,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid DeclaredItem> items) {}

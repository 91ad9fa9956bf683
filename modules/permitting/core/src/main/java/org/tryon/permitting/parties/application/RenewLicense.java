package org.tryon.permitting.parties.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The board renewed a license through a later day. */
public record RenewLicense(@NotNull LocalDate expiresOn) {}

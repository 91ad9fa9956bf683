package org.tryon.permitting.certificates.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an authorization of utilities (108.11.1, 108.11.2) is withdrawn. */
public record WithdrawUtility(@NotBlank @Size(max = 1000) String reason) {}

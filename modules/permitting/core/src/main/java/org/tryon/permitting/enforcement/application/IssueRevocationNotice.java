package org.tryon.permitting.enforcement.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tryon.permitting.api.RevocationGround;

/**
 * 108.12.2: revoke the permit on a ground the law names and give the holder written notice stating
 * the reason. The holder is the permit's contractor unless named.
 */
public record IssueRevocationNotice(
        @NotNull RevocationGround ground,
        @NotBlank @Size(max = 800) String details,
        @Size(max = 200) String holder,
        @NotBlank @Size(max = 400) String address) {}

package org.tryon.governance.roster.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Create a commission with its seats, each named for the organisation that recommends its member (107.1.1, 107.2.1). */
public record CreateCommission(
        @NotBlank @Pattern(regexp = "[A-Za-z]{2,10}", message = "must be 2 to 10 letters")
        String code,

        @NotBlank @Size(max = 200) String name,

        @NotEmpty @Size(max = 100, message = "a commission has at most 100 seats")
        List<@NotBlank @Size(max = 300) String> seats) {}

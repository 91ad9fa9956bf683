package org.tryon.inspections.assignment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.platform.kernel.Trade;

/**
 * An inspector as the administrator records them (new, or changed: the whole record).
 *
 * @param userName      the inspector's login, which finds their day list; none for an inspector whose
 *                      results others enter
 * @param districts     codes of the districts covered (see {@code GET /inspection-schedule/districts})
 * @param dailyCapacity how many inspections they make in a day
 * @param active        false: no request is assigned to them any more (missing: true)
 */
public record SaveInspector(
        @Size(max = 60) @Pattern(regexp = "[A-Za-z0-9._-]*", message = "letters, digits, '.', '_' and '-' only")
        String userName,

        @NotBlank @Size(max = 120) String displayName,

        @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
        String phone,

        @NotEmpty Set<@NotNull Trade> trades,
        @NotEmpty Set<@NotBlank @Size(max = 20) String> districts,
        @NotNull @Min(1) @Max(Inspector.MAX_DAILY_CAPACITY) Integer dailyCapacity,
        Boolean active) {}

package org.tryon.inspections.requests.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.tryon.inspections.requests.domain.UrgentReason;

/**
 * A request for an inspection (108.10 C), made by the firm or person responsible for the work or
 * their designee. Without a requested date, the earliest allowed date is taken.
 *
 * @param urgentReason outage notice of December 2017: why the inspection is urgent (power restoration to an occupied home,
 *                     a closing on a home purchase, or another reason stated in {@code urgentNote});
 *                     null when it is not urgent
 * @param hifrOption   108.10 F.2: a HIFR contractor's choice for the re-inspection of a failed inspection
 *                     (THIRD_PARTY, F.2.2.1, or DEPARTMENT_HOURLY, F.2.2.2); null otherwise
 * @param madeOn       outage notice of December 2017: the day the request was actually made (by phone
 *                     to the inspector), when a staff member keys it in later; null: made now. A
 *                     request made earlier is judged by the permit's state on that day and needs
 *                     its requested date, a working day not before it.
 */
public record RequestInspection(
        @NotNull Long permitId,
        @NotBlank @Size(max = 40) String inspectionType,
        LocalDate requestedDate,
        @NotBlank @Size(max = 120) String requestedBy,

        @Pattern(regexp = "[0-9()+. -]{7,30}", message = "must be a phone number")
        String contactPhone,

        UrgentReason urgentReason,
        @Size(max = 300) String urgentNote,
        org.tryon.inspections.hifr.domain.HifrScheduling.Option hifrOption,
        LocalDate madeOn) {}

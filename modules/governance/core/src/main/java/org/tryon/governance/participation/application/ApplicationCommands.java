package org.tryon.governance.participation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The commands of applications for a seat (107.1.1 A, 107.2.1). */
public final class ApplicationCommands {

    /** One line of text: no control characters. */
    static final String LINE = "[^\\p{Cntrl}]*";
    /** Text of several lines: no control characters but line breaks and tabs. */
    static final String TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

    private ApplicationCommands() {}

    /**
     * An application for a seat of a body ({@code commission}: BDC or TAB): the seat by its number, or the organisation
     * whose seat is sought (one of the seat's recommending organisations, 107.1.1 A, 107.2.1); the applicant's name and
     * address, whether they reside in the county (BDC members do, 107.1.1 A), an e-mail address or a telephone number (at
     * least one), and the qualifications "by experience and training" with a statement.
     */
    public record Apply(
            @NotBlank @Size(max = 10) @Pattern(regexp = "[A-Za-z0-9-]*")
            String commission,

            @Min(1) @Max(999) Integer seatNumber,
            @Size(max = 300) @Pattern(regexp = LINE) String organisation,

            @NotBlank @Size(max = 150) @Pattern(regexp = LINE)
            String fullName,

            @NotBlank @Size(max = 300) @Pattern(regexp = TEXT)
            String address,

            @NotNull Boolean countyResident,

            @Email @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
            String email,

            @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ().-]{6,39}")
            String phone,

            @NotBlank @Size(min = 20, max = 4000) @Pattern(regexp = TEXT)
            String qualifications) {}

    /**
     * The clerk's review: a note, and the person the applicant is ({@code personId} of a person on record, such as a former
     * member); without one, a person is recorded from the application.
     */
    public record Review(@Size(max = 1000) String note, Long personId) {}

    /** Forward the reviewed applications (their reference numbers) for one seat to the appointing body, with a covering note. */
    public record Forward(
            @NotBlank String commission,
            @NotNull @Min(1) @Max(999) Integer seatNumber,
            @NotEmpty @Size(max = 50) List<@NotBlank String> references,
            @Size(max = 1000) String note) {}
}

package org.tryon.governance.participation.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Sign-ups for the public appearance (107.1.4 F). */
public final class SpeakerCommands {

    private SpeakerCommands() {}

    /**
     * A sign-up to speak at a meeting: to an item of its agenda ({@code agendaItemId}) or, without one, to other business,
     * with a short description of what the speaker will address (107.1.4 F); an e-mail address optionally.
     */
    public record SignUp(
            @NotBlank @Size(max = 150) @Pattern(regexp = ApplicationCommands.LINE)
            String name,

            Long agendaItemId,

            @NotBlank @Size(max = 300) @Pattern(regexp = ApplicationCommands.LINE)
            String description,

            @Email @Size(max = 254) @Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
            String email) {}
}

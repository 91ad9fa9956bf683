package org.tryon.governance.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.application.AgendaView;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.governance.participation.application.SpeakerCommands;
import org.tryon.governance.participation.application.SpeakersView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's public appearance screen of a meeting (107.1.4 F): the speakers signed up, a sign-up from the sheet, the
 * floor given and taken back, and the timer (the large display is governance/timer.xhtml). The timer screen uses it too.
 */
@Named
@ViewScoped
public class SpeakersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicAppearances appearances;

    @Inject
    Agendas agendas;

    @Inject
    Clock clock;

    private Long meeting;
    private SpeakersView view;
    private AgendaView agenda;
    private String name;
    private Long item;
    private String description;
    private String email;
    private String signedUpAt;

    public void load() {
        try {
            view = meeting == null ? null : appearances.speakers(meeting);
            agenda = meeting == null ? null : agendas.agenda(meeting);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The timer's poll: the speakers and the clock as of now. */
    public void refresh() {
        if (meeting != null) {
            view = appearances.speakers(meeting);
        }
    }

    public void signUp() {
        try {
            LocalDateTime at = null;
            if (signedUpAt != null && !signedUpAt.isBlank()) {
                try {
                    at = org.tryon.platform.time.CountyTime.parse(signedUpAt.trim(), clock.getZone());
                } catch (java.time.format.DateTimeParseException e) {
                    at = org.tryon.platform.text.UsFormat.parseDateTime(signedUpAt)
                            .orElseThrow(() -> new RuleViolationException(
                                    "signedUpAt",
                                    "date-time",
                                    "'" + signedUpAt + "' is not a time like 11/10/2026 2:45 PM"));
                }
            }
            view = appearances.signUpByClerk(meeting, new SpeakerCommands.SignUp(name, item, description, email), at);
            FacesErrors.info(name + " is signed up");
            name = null;
            description = null;
            email = null;
            signedUpAt = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void start(long speakerId) {
        try {
            view = appearances.start(meeting, speakerId);
            FacesErrors.info(view.timer().name() + " has the floor: "
                    + PublicAppearances.minSec(view.timer().allowanceSeconds()));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void stop(long speakerId) {
        try {
            view = appearances.stop(meeting, speakerId);
            FacesErrors.info("Speaker stopped; the time spoken is recorded");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String minSec(long seconds) {
        return PublicAppearances.minSec(seconds);
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long v) {
        this.meeting = v;
    }

    public SpeakersView getView() {
        return view;
    }

    public AgendaView getAgenda() {
        return agenda;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long v) {
        this.item = v;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String v) {
        this.description = v;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String v) {
        this.email = v;
    }

    public String getSignedUpAt() {
        return signedUpAt;
    }

    public void setSignedUpAt(String v) {
        this.signedUpAt = v;
    }
}

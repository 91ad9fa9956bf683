package org.tryon.governance.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tryon.governance.participation.application.PublicAppearances;
import org.tryon.governance.participation.application.SpeakerCommands;
import org.tryon.governance.participation.application.SpeakersView;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The public form to sign up to speak at a meeting (no sign-in; 107.1.4 F), before it is called to order. */
@Named
@ViewScoped
public class SpeakBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublicAppearances appearances;

    private String matter;
    private String name;
    private String description;
    private String email;
    private SpeakersView.Receipt receipt;
    private List<Choice> choices;

    /** One choice of the form: a meeting and an agenda item of it, or its other business; the value is meetingId:itemId or meetingId:other. */
    public record Choice(String value, String label) implements java.io.Serializable {}

    public List<Choice> getChoices() {
        if (choices == null) {
            choices = new ArrayList<>();
            for (SpeakersView.OpenMeeting m : appearances.openMeetings()) {
                String when = m.commission() + " " + UsFormat.dateTime(m.startsAt()) + ": ";
                for (SpeakersView.Item i : m.items()) {
                    choices.add(new Choice(m.id() + ":" + i.id(), when + i.title()));
                }
                choices.add(new Choice(m.id() + ":other", when + "other business"));
            }
        }
        return choices;
    }

    public void submit() {
        try {
            if (matter == null || !matter.matches("\\d{1,18}:(\\d{1,18}|other)")) {
                throw new RuleViolationException(
                        "agendaItemId",
                        "required",
                        "Choose the meeting and the item you will speak to, or other business");
            }
            String[] parts = matter.split(":");
            Long item = parts[1].equals("other") ? null : Long.valueOf(parts[1]);
            receipt = appearances.signUpPublicly(
                    Long.parseLong(parts[0]), new SpeakerCommands.SignUp(name, item, description, email));
            name = null;
            description = null;
            email = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String getMatter() {
        return matter;
    }

    public void setMatter(String v) {
        this.matter = v;
    }

    public String getName() {
        return name;
    }

    public void setName(String v) {
        this.name = v;
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

    public SpeakersView.Receipt getReceipt() {
        return receipt;
    }
}

package org.tryon.governance.notices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.PublicMeetings;
import org.tryon.platform.web.FacesErrors;

/** The public meeting list and the public page of one meeting, without sign-in (G.S. 143-318.12). */
@Named
@ViewScoped
public class PublicMeetingsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE, MMM d, yyyy h:mm a", Locale.US);

    @Inject
    PublicMeetings publicMeetings;

    private Long id;
    private NoticeViews.PublicMeetingList list;
    private NoticeViews.PublicMeetingView meeting;

    public NoticeViews.PublicMeetingList getList() {
        if (list == null) {
            list = publicMeetings.list(PublicMeetingResource.UPCOMING, PublicMeetingResource.PAST);
        }
        return list;
    }

    public void load() {
        if (id == null) {
            FacesErrors.show(new org.tryon.platform.errors.RuleViolationException(
                    "id", "required", "Which meeting? Choose one on the list of meetings"));
            return;
        }
        try {
            meeting = publicMeetings.meeting(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public String when(java.time.LocalDateTime t) {
        return t == null ? "" : WHEN.format(t);
    }

    public String kind(String kind) {
        return kind == null
                ? ""
                : kind.charAt(0) + kind.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeViews.PublicMeetingView getMeeting() {
        return meeting;
    }
}

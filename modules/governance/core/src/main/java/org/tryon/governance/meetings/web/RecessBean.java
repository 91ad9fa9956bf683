package org.tryon.governance.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.application.Recesses;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.platform.web.FacesErrors;

/** The recess part of the clerk's meeting screen (G.S. 143-318.12(b)(1)): announced in open session, no new notice. */
@Named
@ViewScoped
public class RecessBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Recesses recesses;

    @Inject
    MeetingBean meetingBean;

    private LocalDateTime resumesAt;
    private String location;
    private boolean announced;
    private List<NoticeViews.RecessView> list;

    public void recess() {
        try {
            NoticeViews.RecessView r = recesses.recess(
                    meetingBean.getId(), new NoticeViews.RecordRecess(resumesAt, location, announced), null);
            FacesErrors.info(r.description());
            list = null;
            resumesAt = null;
            announced = false;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<NoticeViews.RecessView> getList() {
        if (list == null) {
            list = meetingBean.getId() == null ? List.of() : recesses.list(meetingBean.getId());
        }
        return list;
    }

    public LocalDateTime getResumesAt() {
        return resumesAt;
    }

    public void setResumesAt(LocalDateTime resumesAt) {
        this.resumesAt = resumesAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public boolean isAnnounced() {
        return announced;
    }

    public void setAnnounced(boolean announced) {
        this.announced = announced;
    }
}

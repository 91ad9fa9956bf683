package org.tryon.governance.notices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.governance.notices.application.MeetingNotices;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.Subscriptions;
import org.tryon.platform.web.FacesErrors;

/** The clerk's notices screen: a body's subscriber list, and its notices with each message's delivery (G.S. 143-318.12). */
@Named
@ViewScoped
public class NoticesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    @Inject
    MeetingNotices notices;

    @Inject
    Clock clock;

    private String commission = "BDC";
    private String email;
    private String name;
    private List<NoticeViews.SubscriberView> subscribers;
    private List<NoticeViews.NoticeView> recent;

    public void refresh() {
        subscribers = null;
        recent = null;
    }

    public void add() {
        try {
            NoticeViews.SubscriberView s =
                    subscriptions.add(commission, new NoticeViews.Subscribe(commission, email, name));
            FacesErrors.info(s.email() + " is on the " + s.commission() + "'s list");
            email = null;
            name = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void remove(long id) {
        try {
            NoticeViews.SubscriberView s = subscriptions.remove(commission, id);
            FacesErrors.info(s.email() + " is off the " + s.commission() + "'s list");
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void retry(long meetingId, long noticeId) {
        try {
            NoticeViews.NoticeView n = notices.retry(meetingId, noticeId);
            FacesErrors.info("The messages of the notice '" + n.subject() + "' not yet sent are tried again now");
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<NoticeViews.SubscriberView> getSubscribers() {
        if (subscribers == null) {
            subscribers = subscriptions.list(commission);
        }
        return subscribers;
    }

    public List<NoticeViews.NoticeView> getRecent() {
        if (recent == null) {
            recent = notices.recent(commission, LocalDate.now(clock).minusDays(90));
        }
        return recent;
    }

    public String getCommission() {
        return commission;
    }

    public void setCommission(String commission) {
        this.commission = commission;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

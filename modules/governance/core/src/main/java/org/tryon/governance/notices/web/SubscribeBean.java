package org.tryon.governance.notices.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.governance.notices.application.NoticeViews;
import org.tryon.governance.notices.application.Subscriptions;
import org.tryon.platform.web.FacesErrors;

/**
 * The public form to ask for notices of a body's meetings, and the pages the mailed links open: a link shows the
 * subscription and a button to confirm it (or to leave the list); pressing it is the change (G.S. 143-318.12(b)(2)).
 */
@Named
@ViewScoped
public class SubscribeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Subscriptions subscriptions;

    private String commission = "BDC";
    private String email;
    private String name;
    private String confirm;
    private String unsubscribe;
    private NoticeViews.SubscriptionState state;
    private String answer;

    /** Opening a link shows the subscription it names; it changes nothing. */
    public void load() {
        String token = confirm != null ? confirm : unsubscribe;
        if (token == null) {
            return;
        }
        try {
            state = subscriptions.state(token);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void subscribe() {
        try {
            answer = subscriptions
                    .request(new NoticeViews.Subscribe(commission, email, name))
                    .message();
            FacesErrors.info(answer);
            email = null;
            name = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void doConfirm() {
        try {
            state = subscriptions.confirm(confirm);
            FacesErrors.info(
                    "Confirmed: notices of the " + state.commission() + "'s meetings will be sent to " + state.email());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void doLeave() {
        try {
            state = subscriptions.leave(unsubscribe);
            FacesErrors.info(
                    state.email() + " is off the " + state.commission() + "'s list: no more notices are sent to it");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isConfirming() {
        return confirm != null && !confirm.isBlank();
    }

    public boolean isLeaving() {
        return unsubscribe != null && !unsubscribe.isBlank() && !isConfirming();
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

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    public String getUnsubscribe() {
        return unsubscribe;
    }

    public void setUnsubscribe(String unsubscribe) {
        this.unsubscribe = unsubscribe;
    }

    public NoticeViews.SubscriptionState getState() {
        return state;
    }

    public String getAnswer() {
        return answer;
    }
}

package org.tryon.governance.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.governance.application.MeetingCommands;
import org.tryon.governance.application.MeetingView;
import org.tryon.governance.application.Meetings;
import org.tryon.governance.domain.ExcusedAbsence;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's live meeting screen: call to order, the roll call (arrivals and departures with their
 * times), the members present against the quorum (107.1.4 A, 107.2.4 A), adjournment or
 * cancellation, and requests to be excused with the chair's decision (107.1.1 B).
 */
@Named
@ViewScoped
public class MeetingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Meetings meetings;

    private Long id;
    private MeetingView meeting;
    private String cancelReason;
    private Long excusePerson;
    private LocalDate excuseRequestedOn;
    private ExcusedAbsence.Channel excuseChannel;
    private ExcusedAbsence.Reason excuseReason;
    private Long decideId;
    private Boolean decideExcused;
    private String decideChair;

    public void load() {
        try {
            meeting = id == null ? null : meetings.get(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void run(java.util.function.Supplier<MeetingView> action, String done) {
        try {
            meeting = action.get();
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void callToOrder() {
        run(() -> meetings.callToOrder(id, new MeetingCommands.At(null)), "Called to order");
    }

    public void adjourn() {
        run(() -> meetings.adjourn(id, new MeetingCommands.At(null)), "Adjourned");
    }

    public void cancel() {
        run(() -> meetings.cancel(id, new MeetingCommands.Cancel(cancelReason)), "Cancelled");
    }

    public void arrive(long personId) {
        run(() -> meetings.arrive(id, new MeetingCommands.Arrive(personId, null)), "Arrival recorded");
    }

    public void depart(long presenceId) {
        run(() -> meetings.depart(id, presenceId, new MeetingCommands.At(null)), "Departure recorded");
    }

    public void requestExcuse() {
        run(() -> meetings.requestExcuse(id, new MeetingCommands.RequestExcuse(excusePerson, excuseRequestedOn, excuseChannel, excuseReason,
                null)), "Request to be excused recorded");
    }

    public void decideExcuse() {
        run(() -> meetings.decideExcuse(decideId == null ? 0 : decideId, new MeetingCommands.DecideExcuse(decideExcused, decideChair, null)),
                "The chair's decision is recorded");
    }

    /** The open presence of a member, to record the departure; null when the member is not in the room. */
    public Long openPresence(MeetingView.Member m) {
        return m.presences().stream().filter(p -> p.departedAt() == null).map(MeetingView.PresenceView::id).findFirst().orElse(null);
    }

    public ExcusedAbsence.Channel[] getChannels() { return ExcusedAbsence.Channel.values(); }
    public ExcusedAbsence.Reason[] getReasons() { return ExcusedAbsence.Reason.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public MeetingView getMeeting() { return meeting; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public Long getExcusePerson() { return excusePerson; }
    public void setExcusePerson(Long excusePerson) { this.excusePerson = excusePerson; }
    public LocalDate getExcuseRequestedOn() { return excuseRequestedOn; }
    public void setExcuseRequestedOn(LocalDate excuseRequestedOn) { this.excuseRequestedOn = excuseRequestedOn; }
    public ExcusedAbsence.Channel getExcuseChannel() { return excuseChannel; }
    public void setExcuseChannel(ExcusedAbsence.Channel excuseChannel) { this.excuseChannel = excuseChannel; }
    public ExcusedAbsence.Reason getExcuseReason() { return excuseReason; }
    public void setExcuseReason(ExcusedAbsence.Reason excuseReason) { this.excuseReason = excuseReason; }
    public Long getDecideId() { return decideId; }
    public void setDecideId(Long decideId) { this.decideId = decideId; }
    public Boolean getDecideExcused() { return decideExcused; }
    public void setDecideExcused(Boolean decideExcused) { this.decideExcused = decideExcused; }
    public String getDecideChair() { return decideChair; }
    public void setDecideChair(String decideChair) { this.decideChair = decideChair; }
}

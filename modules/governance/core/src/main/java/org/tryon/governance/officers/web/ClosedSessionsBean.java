package org.tryon.governance.officers.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.governance.meetings.application.AgendaView;
import org.tryon.governance.meetings.application.Agendas;
import org.tryon.governance.officers.application.ClosedSessions;
import org.tryon.platform.web.FacesErrors;

/**
 * The closed sessions of the live meeting (G.S. 143-318.11): go into closed session on a carried
 * motion citing a purpose, return to open session, the clerk's general account and its release
 * (G.S. 143-318.10(e)). Included in the meeting page with its own form.
 */
@Named
@ViewScoped
public class ClosedSessionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClosedSessions closedSessions;

    @Inject
    Agendas agendas;

    private Long meetingId;
    private List<ClosedSessions.SessionView> sessions;
    private List<ClosedSessions.PurposeView> purposes;
    private List<AgendaView.MotionView> carried;
    private String purpose;
    private Long motionId;
    private String citation;
    private Long accountSession;
    private String accountText;

    private long meetingId() {
        if (meetingId == null) {
            String id = FacesContext.getCurrentInstance()
                    .getExternalContext()
                    .getRequestParameterMap()
                    .get("id");
            meetingId = id == null || !id.matches("\\d{1,18}") ? 0L : Long.parseLong(id);
        }
        return meetingId;
    }

    private void reload() {
        sessions = closedSessions.list(meetingId());
        AgendaView agenda = agendas.agenda(meetingId());
        List<AgendaView.MotionView> all = new java.util.ArrayList<>(agenda.otherMotions());
        agenda.items().forEach(i -> all.addAll(i.motions()));
        carried = all.stream().filter(x -> "CARRIED".equals(x.status())).toList();
    }

    public List<ClosedSessions.SessionView> getSessions() {
        if (sessions == null) {
            try {
                reload();
            } catch (RuntimeException e) {
                sessions = List.of();
                carried = List.of();
            }
        }
        return sessions;
    }

    public List<AgendaView.MotionView> getCarried() {
        getSessions();
        return carried;
    }

    public List<ClosedSessions.PurposeView> getPurposes() {
        if (purposes == null) {
            purposes = closedSessions.purposes();
        }
        return purposes;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            reload();
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void open() {
        run(
                () -> closedSessions.open(meetingId(), new ClosedSessions.Open(purpose, motionId, citation), null),
                "In closed session");
    }

    public void end(long sessionId) {
        run(() -> closedSessions.end(meetingId(), sessionId, null), "Back in open session");
    }

    public void saveAccount() {
        run(
                () -> closedSessions.account(
                        meetingId(),
                        accountSession == null ? 0 : accountSession,
                        new ClosedSessions.Account(accountText)),
                "General account kept, sealed");
    }

    public void release(long sessionId) {
        run(() -> closedSessions.release(meetingId(), sessionId), "General account released");
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Long getMotionId() {
        return motionId;
    }

    public void setMotionId(Long motionId) {
        this.motionId = motionId;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }

    public Long getAccountSession() {
        return accountSession;
    }

    public void setAccountSession(Long accountSession) {
        this.accountSession = accountSession;
    }

    public String getAccountText() {
        return accountText;
    }

    public void setAccountText(String accountText) {
        this.accountText = accountText;
    }
}

package org.tryon.licensing.sessions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tryon.licensing.delegation.application.ExamDelegation;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.sessions.application.ExamSessions;
import org.tryon.licensing.sessions.application.SessionCommands.ScheduleSession;
import org.tryon.licensing.sessions.application.SessionViews.SessionView;
import org.tryon.platform.security.Roles;
import org.tryon.platform.security.StaffDirectory;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The exam sessions screen: schedule a session, the list and a calendar of the coming sessions. */
@Named
@ViewScoped
public class SessionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One day of the calendar with its sessions. */
    public record Day(LocalDate day, List<SessionView> sessions) {}

    @Inject
    ExamSessions sessions;

    @Inject
    Licensing licensing;

    @Inject
    StaffDirectory staff;

    @Inject
    ExamDelegation delegation;

    @Inject
    Clock clock;

    private String certificateType;
    private String day;
    private String startsAt = "09:00";
    private String site;
    private String room;
    private Integer seats = 20;
    private String proctor;
    private String delegate;
    private boolean past;
    private List<SessionView> list;

    public void schedule() {
        try {
            SessionView s = sessions.schedule(
                    new ScheduleSession(certificateType, day, startsAt, site, room, seats, proctor, delegate));
            FacesErrors.info("Session " + s.id() + " scheduled: " + s.certificateName() + " on "
                    + UsFormat.date(s.day()) + " at " + UsFormat.time(s.startsAt()));
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<SessionView> getList() {
        if (list == null) {
            list = sessions.sessions(past ? null : LocalDate.now(clock), null, null);
        }
        return list;
    }

    public List<Day> getCalendar() {
        Map<LocalDate, List<SessionView>> byDay = new LinkedHashMap<>();
        getList().stream()
                .filter(s -> "SCHEDULED".equals(s.status()))
                .forEach(s ->
                        byDay.computeIfAbsent(s.day(), d -> new ArrayList<>()).add(s));
        return byDay.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()))
                .toList();
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes().stream()
                .filter(CertificateTypeView::examinedToday)
                .toList();
    }

    public List<StaffDirectory.Staff> getDelegates() {
        return staff.withRole(Roles.EXAM_DELEGATE);
    }

    /** A delegate does not schedule sessions (107.1.5 C: the county schedules and delegates). */
    public boolean isMaySchedule() {
        return delegation.delegateOnly().isEmpty();
    }

    public void refresh() {
        list = null;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String v) {
        this.certificateType = v;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String v) {
        this.day = v;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String v) {
        this.startsAt = v;
    }

    public String getSite() {
        return site;
    }

    public void setSite(String v) {
        this.site = v;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String v) {
        this.room = v;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer v) {
        this.seats = v;
    }

    public String getProctor() {
        return proctor;
    }

    public void setProctor(String v) {
        this.proctor = v;
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String v) {
        this.delegate = v;
    }

    public boolean isPast() {
        return past;
    }

    public void setPast(boolean v) {
        this.past = v;
        list = null;
    }
}

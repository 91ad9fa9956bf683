package org.tryon.governance.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.tryon.governance.meetings.application.AttendanceRow;
import org.tryon.governance.meetings.application.MeetingView;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.application.ScheduleMeeting;
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The meetings screen: a body's meetings of a year, the form to schedule one, and the BDC's attendance report (107.1.1 B, 107.1.4). */
@Named
@ViewScoped
public class MeetingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    @Inject
    Clock clock;

    private String commission = "BDC";
    private Integer year;
    private Meeting.Kind kind = Meeting.Kind.REGULAR;
    private LocalDateTime startsAt;
    private String location = "Hal Marshall Center, 700 N. Tryon St., Charlotte";
    private String purpose;
    private List<MeetingView> list;
    private List<AttendanceRow> attendance;

    public void schedule() {
        try {
            MeetingView m = meetings.schedule(new ScheduleMeeting(commission, kind, startsAt, location, purpose, null));
            FacesErrors.info(UsFormat.status(m.kind()) + " meeting of the " + m.commission() + " scheduled for "
                    + UsFormat.date(m.startsAt().toLocalDate()) + " at "
                    + UsFormat.time(m.startsAt().toLocalTime()));
            startsAt = null;
            purpose = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void refresh() {
        list = null;
        attendance = null;
    }

    public List<MeetingView> getList() {
        if (list == null) {
            int y = getYear();
            list = meetings.list(commission, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        }
        return list;
    }

    public List<AttendanceRow> getAttendance() {
        if (attendance == null) {
            attendance = "BDC".equals(commission) ? meetings.attendance("BDC", getYear()) : List.of();
        }
        return attendance;
    }

    public Meeting.Kind[] getKinds() {
        return Meeting.Kind.values();
    }

    public String getCommission() {
        return commission;
    }

    public void setCommission(String commission) {
        this.commission = commission;
    }

    public int getYear() {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public Meeting.Kind getKind() {
        return kind;
    }

    public void setKind(Meeting.Kind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}

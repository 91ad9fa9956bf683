package org.tryon.governance.roster.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.tryon.governance.roster.application.AddSeat;
import org.tryon.governance.roster.application.AppointMember;
import org.tryon.governance.roster.application.CommissionView;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.governance.roster.application.EndTerm;
import org.tryon.governance.roster.application.PersonInput;
import org.tryon.governance.roster.application.PersonView;
import org.tryon.governance.roster.application.WorkItem;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The rosters screen of the commission clerk: the work list (vacancies, terms ending, barred
 * reappointments), each body's seats with their members, and the forms to record a person,
 * appoint, end a term and add a seat (107.1.1, 107.1.2, 107.2.1, 107.2.2).
 */
@Named
@ViewScoped
public class CommissionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Commissions commissions;

    // record a person
    private String fullName;
    private String email;
    private String phone;
    private String address;
    private boolean countyResident = true;

    // appoint
    private String code = "BDC";
    private Integer seat;
    private Long personId;
    private LocalDate termStart;
    private Integer termYears;
    private LocalDate actionDate;
    private String actionNote;

    // end a term
    private Long appointmentId;
    private LocalDate lastDay;
    private Appointment.EndReason endReason;

    // add a seat
    private String seatCode = "BDC";
    private String seatTitle;
    private String seatOrganisations;
    private LocalDate seatFrom;
    private boolean chairSeat;

    private List<CommissionView> list;
    private List<PersonView> people;
    private List<WorkItem> workList;

    public void addPerson() {
        try {
            PersonView p =
                    commissions.addPerson(new PersonInput(fullName, email, phone, address, countyResident, null));
            FacesErrors.info(p.fullName() + " recorded");
            personId = p.id();
            fullName = null;
            email = null;
            phone = null;
            address = null;
            countyResident = true;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void appoint() {
        try {
            var a = commissions.appoint(
                    code,
                    seat == null ? 0 : seat,
                    new AppointMember(personId, termStart, termYears, actionDate, actionNote, null));
            FacesErrors.info(a.memberName() + " appointed to seat " + seat + " of the " + code + " until "
                    + UsFormat.date(a.termEnd()));
            seat = null;
            personId = null;
            termStart = null;
            termYears = null;
            actionDate = null;
            actionNote = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void endTerm() {
        try {
            var a = commissions.endTerm(appointmentId == null ? 0 : appointmentId, new EndTerm(lastDay, endReason));
            FacesErrors.info(a.memberName() + "'s term ended on " + UsFormat.date(a.endedOn()) + " ("
                    + UsFormat.code(a.endReason()).toLowerCase() + "); the seat is vacant");
            appointmentId = null;
            lastDay = null;
            endReason = null;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void addSeat() {
        try {
            List<String> organisations = seatOrganisations == null
                    ? List.of()
                    : Arrays.stream(seatOrganisations.split("[;\\n]"))
                            .map(String::trim)
                            .filter(s -> !s.isEmpty())
                            .toList();
            CommissionView c =
                    commissions.addSeat(seatCode, new AddSeat(seatTitle, organisations, seatFrom, chairSeat));
            FacesErrors.info(
                    "Seat " + c.seats().size() + " added to the " + c.code() + " from " + UsFormat.date(seatFrom));
            seatTitle = null;
            seatOrganisations = null;
            seatFrom = null;
            chairSeat = false;
            refresh();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void refresh() {
        list = null;
        people = null;
        workList = null;
    }

    public List<CommissionView> getList() {
        if (list == null) {
            list = commissions.list();
        }
        return list;
    }

    public List<PersonView> getPeople() {
        if (people == null) {
            people = commissions.people();
        }
        return people;
    }

    public List<WorkItem> getWorkList() {
        if (workList == null) {
            workList = commissions.workList();
        }
        return workList;
    }

    /** The terms running today, to choose the one that ends early. */
    public List<CommissionView.AppointmentView> getCurrentTerms() {
        return getList().stream()
                .flatMap(c -> c.seats().stream())
                .filter(s -> s.currentMember() != null)
                .flatMap(s -> s.appointments().stream()
                        .filter(a -> a.endedOn() == null
                                && a.memberName().equals(s.currentMember())
                                && a.termStart().equals(s.termStart())))
                .toList();
    }

    /** A label for a running term: body, seat, member, dates. */
    public String termLabel(CommissionView.AppointmentView a) {
        for (CommissionView c : getList()) {
            for (CommissionView.SeatView s : c.seats()) {
                if (s.appointments().stream().anyMatch(x -> x.id() == a.id())) {
                    return c.code() + " seat " + s.number() + ": " + a.memberName() + " ("
                            + UsFormat.date(a.termStart()) + " to " + UsFormat.date(a.termEnd()) + ")";
                }
            }
        }
        return a.memberName();
    }

    public Appointment.EndReason[] getEndReasons() {
        return Appointment.EndReason.values();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isCountyResident() {
        return countyResident;
    }

    public void setCountyResident(boolean countyResident) {
        this.countyResident = countyResident;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Integer getSeat() {
        return seat;
    }

    public void setSeat(Integer seat) {
        this.seat = seat;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public void setTermStart(LocalDate termStart) {
        this.termStart = termStart;
    }

    public Integer getTermYears() {
        return termYears;
    }

    public void setTermYears(Integer termYears) {
        this.termYears = termYears;
    }

    public LocalDate getActionDate() {
        return actionDate;
    }

    public void setActionDate(LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    public String getActionNote() {
        return actionNote;
    }

    public void setActionNote(String actionNote) {
        this.actionNote = actionNote;
    }

    public Long getAppointmentId() {
        return appointmentId;
    }

    public void setAppointmentId(Long appointmentId) {
        this.appointmentId = appointmentId;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public Appointment.EndReason getEndReason() {
        return endReason;
    }

    public void setEndReason(Appointment.EndReason endReason) {
        this.endReason = endReason;
    }

    public String getSeatCode() {
        return seatCode;
    }

    public void setSeatCode(String seatCode) {
        this.seatCode = seatCode;
    }

    public String getSeatTitle() {
        return seatTitle;
    }

    public void setSeatTitle(String seatTitle) {
        this.seatTitle = seatTitle;
    }

    public String getSeatOrganisations() {
        return seatOrganisations;
    }

    public void setSeatOrganisations(String seatOrganisations) {
        this.seatOrganisations = seatOrganisations;
    }

    public LocalDate getSeatFrom() {
        return seatFrom;
    }

    public void setSeatFrom(LocalDate seatFrom) {
        this.seatFrom = seatFrom;
    }

    public boolean isChairSeat() {
        return chairSeat;
    }

    public void setChairSeat(boolean chairSeat) {
        this.chairSeat = chairSeat;
    }
}

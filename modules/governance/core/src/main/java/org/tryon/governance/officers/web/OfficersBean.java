package org.tryon.governance.officers.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.governance.officers.application.OfficerCommands;
import org.tryon.governance.officers.application.Officers;
import org.tryon.governance.officers.application.Removals;
import org.tryon.governance.officers.application.Subcommittees;
import org.tryon.governance.officers.domain.Committee;
import org.tryon.governance.officers.domain.OfficerTerm;
import org.tryon.governance.roster.application.CommissionView;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.platform.security.StaffDirectory;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's officers page: a body's officers and elections due (107.1.3, 107.2.3), appointing a
 * chair, recording an election; the BDC's removal of a TAB member (107.2.1); subcommittees and task
 * forces (107.1.4 C, 107.1.5 C).
 */
@Named
@ViewScoped
public class OfficersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Officers officers;

    @Inject
    Commissions commissions;

    @Inject
    Removals removals;

    @Inject
    Subcommittees subcommittees;

    private String code = "BDC";
    private OfficerCommands.OfficersView view;
    private CommissionView body;
    private List<CommissionView> bodies;
    private List<StaffDirectory.Staff> tcas;
    private List<Removals.RemovalView> removalList;
    private List<Subcommittees.SubcommitteeView> subcommitteeList;
    private CommissionView tab;

    private Long chairPerson;
    private String chairStaff;
    private LocalDate chairFrom;
    private String chairNote;
    private OfficerTerm.Office electOffice = OfficerTerm.Office.VICE_CHAIR;
    private Long electPerson;
    private Long electMeeting;
    private Long electMotion;
    private Long removeAppointment;
    private String removeResolution;
    private LocalDate removeOn;
    private String removeGrounds;
    private String scCode;
    private String scName;
    private Committee.Kind scKind = Committee.Kind.SUBCOMMITTEE;
    private String scPurpose;
    private String scTrade;
    private Integer scSeats = 3;
    private Integer scQuorum;
    private boolean scFromParent = true;
    private LocalDate scOn;
    private String scBy;

    public void load() {
        try {
            view = officers.officers(code);
            body = commissions.get(code);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
        bodies = null;
        removalList = null;
        subcommitteeList = null;
        tab = null;
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            load();
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void appointChair() {
        run(
                () -> officers.appointChair(
                        new OfficerCommands.AppointChair(code, chairPerson, chairStaff, chairFrom, chairNote)),
                "Chair recorded");
    }

    public void elect() {
        run(
                () -> officers.elect(
                        new OfficerCommands.Elect(code, electOffice, electPerson, electMeeting, electMotion)),
                "Election recorded");
    }

    public void remove() {
        run(
                () -> removals.remove(
                        new Removals.Remove(removeAppointment, removeResolution, removeOn, removeGrounds)),
                "Removal recorded; the seat is vacant");
    }

    public void establish() {
        run(
                () -> subcommittees.establish(new Subcommittees.Establish(
                        "BDC",
                        scCode,
                        scName,
                        scKind,
                        scPurpose,
                        scTrade,
                        scSeats,
                        scQuorum,
                        scFromParent,
                        scOn,
                        scBy)),
                "Subcommittee established");
    }

    public OfficerCommands.OfficersView getView() {
        if (view == null) {
            load();
        }
        return view;
    }

    /** The body's members today (seats with a member). */
    public List<CommissionView.SeatView> getMembers() {
        getView();
        return body == null
                ? List.of()
                : body.seats().stream().filter(s -> s.currentMember() != null).toList();
    }

    public List<CommissionView> getBodies() {
        if (bodies == null) {
            bodies = commissions.list();
        }
        return bodies;
    }

    public List<StaffDirectory.Staff> getTradeCodeAdministrators() {
        if (tcas == null) {
            tcas = officers.tradeCodeAdministrators();
        }
        return tcas;
    }

    /** The TAB's members today with their appointment, for a removal (107.2.1). */
    public List<CommissionView.SeatView> getTabMembers() {
        if (tab == null) {
            try {
                tab = commissions.get("TAB");
            } catch (RuntimeException e) {
                return List.of();
            }
        }
        return tab.seats().stream().filter(s -> s.currentMember() != null).toList();
    }

    /** The current appointment of a seat (the one that started last and is not over). */
    public Long currentAppointment(CommissionView.SeatView s) {
        return s.appointments().stream()
                .filter(a -> s.currentPersonId() != null
                        && a.personId() == s.currentPersonId()
                        && a.termStart().equals(s.termStart()))
                .map(CommissionView.AppointmentView::id)
                .findFirst()
                .orElse(null);
    }

    public List<Removals.RemovalView> getRemovals() {
        if (removalList == null) {
            removalList = removals.list();
        }
        return removalList;
    }

    public List<Subcommittees.SubcommitteeView> getSubcommittees() {
        if (subcommitteeList == null) {
            subcommitteeList = subcommittees.list(null);
        }
        return subcommitteeList;
    }

    public OfficerTerm.Office[] getOffices() {
        return OfficerTerm.Office.values();
    }

    public Committee.Kind[] getKinds() {
        return Committee.Kind.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Long getChairPerson() {
        return chairPerson;
    }

    public void setChairPerson(Long chairPerson) {
        this.chairPerson = chairPerson;
    }

    public String getChairStaff() {
        return chairStaff;
    }

    public void setChairStaff(String chairStaff) {
        this.chairStaff = chairStaff;
    }

    public LocalDate getChairFrom() {
        return chairFrom;
    }

    public void setChairFrom(LocalDate chairFrom) {
        this.chairFrom = chairFrom;
    }

    public String getChairNote() {
        return chairNote;
    }

    public void setChairNote(String chairNote) {
        this.chairNote = chairNote;
    }

    public OfficerTerm.Office getElectOffice() {
        return electOffice;
    }

    public void setElectOffice(OfficerTerm.Office electOffice) {
        this.electOffice = electOffice;
    }

    public Long getElectPerson() {
        return electPerson;
    }

    public void setElectPerson(Long electPerson) {
        this.electPerson = electPerson;
    }

    public Long getElectMeeting() {
        return electMeeting;
    }

    public void setElectMeeting(Long electMeeting) {
        this.electMeeting = electMeeting;
    }

    public Long getElectMotion() {
        return electMotion;
    }

    public void setElectMotion(Long electMotion) {
        this.electMotion = electMotion;
    }

    public Long getRemoveAppointment() {
        return removeAppointment;
    }

    public void setRemoveAppointment(Long removeAppointment) {
        this.removeAppointment = removeAppointment;
    }

    public String getRemoveResolution() {
        return removeResolution;
    }

    public void setRemoveResolution(String removeResolution) {
        this.removeResolution = removeResolution;
    }

    public LocalDate getRemoveOn() {
        return removeOn;
    }

    public void setRemoveOn(LocalDate removeOn) {
        this.removeOn = removeOn;
    }

    public String getRemoveGrounds() {
        return removeGrounds;
    }

    public void setRemoveGrounds(String removeGrounds) {
        this.removeGrounds = removeGrounds;
    }

    public String getScCode() {
        return scCode;
    }

    public void setScCode(String scCode) {
        this.scCode = scCode;
    }

    public String getScName() {
        return scName;
    }

    public void setScName(String scName) {
        this.scName = scName;
    }

    public Committee.Kind getScKind() {
        return scKind;
    }

    public void setScKind(Committee.Kind scKind) {
        this.scKind = scKind;
    }

    public String getScPurpose() {
        return scPurpose;
    }

    public void setScPurpose(String scPurpose) {
        this.scPurpose = scPurpose;
    }

    public String getScTrade() {
        return scTrade;
    }

    public void setScTrade(String scTrade) {
        this.scTrade = scTrade;
    }

    public Integer getScSeats() {
        return scSeats;
    }

    public void setScSeats(Integer scSeats) {
        this.scSeats = scSeats;
    }

    public Integer getScQuorum() {
        return scQuorum;
    }

    public void setScQuorum(Integer scQuorum) {
        this.scQuorum = scQuorum;
    }

    public boolean isScFromParent() {
        return scFromParent;
    }

    public void setScFromParent(boolean scFromParent) {
        this.scFromParent = scFromParent;
    }

    public LocalDate getScOn() {
        return scOn;
    }

    public void setScOn(LocalDate scOn) {
        this.scOn = scOn;
    }

    public String getScBy() {
        return scBy;
    }

    public void setScBy(String scBy) {
        this.scBy = scBy;
    }
}

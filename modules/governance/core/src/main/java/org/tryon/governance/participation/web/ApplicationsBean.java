package org.tryon.governance.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.governance.participation.application.ApplicationCommands;
import org.tryon.governance.participation.application.ApplicationView;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.governance.roster.application.AppointMember;
import org.tryon.governance.roster.application.Commissions;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's applications for seats (107.1.1 A, 107.2.1): every application with what became of it; enter one received
 * by letter or e-mail; review; forward reviewed applications for one seat to the appointing body as a packet (PDF); record
 * the appointment the body made from an application.
 */
@Named
@ViewScoped
public class ApplicationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeatApplications applications;

    @Inject
    Commissions commissions;

    private List<ApplicationView> list;
    private List<ApplicationView.Packet> packets;
    private ApplyBean.Form entry = new ApplyBean.Form();
    private String reviewReference;
    private String reviewNote;
    private Long reviewPerson;
    private String forwardSeat;
    private List<String> forwardReferences = new ArrayList<>();
    private String forwardNote;
    private String appointReference;
    private LocalDate appointStart;
    private Integer appointYears;
    private LocalDate appointActionDate;
    private String appointNote;
    private String withdrawReference;

    public void load() {
        try {
            list = applications.list(null, null);
            packets = applications.packets();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private boolean run(Runnable action, String done) {
        try {
            action.run();
            FacesErrors.info(done);
            load();
            return true;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return false;
        }
    }

    public void enter() {
        if (run(
                () -> FacesErrors.info(
                        "Application " + applications.enter(entry.command()).reference() + " entered"),
                "Recorded")) {
            entry = new ApplyBean.Form();
        }
    }

    public void review() {
        if (run(
                () -> applications.review(reviewReference, new ApplicationCommands.Review(reviewNote, reviewPerson)),
                "Application " + reviewReference + " reviewed")) {
            reviewNote = null;
            reviewPerson = null;
        }
    }

    public void forward() {
        run(
                () -> {
                    if (forwardSeat == null || !forwardSeat.contains(":")) {
                        throw new RuleViolationException("seatNumber", "required", "Choose the seat the packet is for");
                    }
                    String[] parts = forwardSeat.split(":");
                    ApplicationView.Packet p = applications.forward(new ApplicationCommands.Forward(
                            parts[0], Integer.valueOf(parts[1]), forwardReferences, forwardNote));
                    FacesErrors.info("Packet " + p.id() + " forwarded to the " + p.forwardedTo() + " with "
                            + p.applications().size() + " application(s)");
                    forwardReferences = new ArrayList<>();
                    forwardNote = null;
                },
                "Forwarding recorded");
    }

    /** Records the appointing body's appointment of the applicant of a forwarded application (107.1.1 A, 107.2.1). */
    public void appoint() {
        run(
                () -> {
                    ApplicationView a = applications.get(appointReference == null ? "" : appointReference);
                    if (a.personId() == null || a.seatNumber() == null) {
                        throw new RuleViolationException(
                                "applicationId",
                                "application.forwarded-before-appointment",
                                "Application " + a.reference() + " is "
                                        + a.status().toLowerCase()
                                        + "; the appointing body appoints from applications forwarded to it");
                    }
                    commissions.appoint(
                            a.commission(),
                            a.seatNumber(),
                            new AppointMember(
                                    a.personId(), appointStart, appointYears, appointActionDate, appointNote, a.id()));
                },
                "Appointment recorded; the application shows it");
    }

    public void withdraw() {
        run(() -> applications.withdraw(withdrawReference == null ? "" : withdrawReference), "Application withdrawn");
    }

    public List<ApplicationView> inStatus(String status) {
        return list == null
                ? List.of()
                : list.stream().filter(a -> a.status().equals(status)).toList();
    }

    public List<ApplicationView.SeatChoice> getSeats() {
        return applications.seats();
    }

    public List<ApplicationView> getList() {
        return list;
    }

    public List<ApplicationView.Packet> getPackets() {
        return packets;
    }

    public ApplyBean.Form getEntry() {
        return entry;
    }

    public String getReviewReference() {
        return reviewReference;
    }

    public void setReviewReference(String v) {
        this.reviewReference = v;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public void setReviewNote(String v) {
        this.reviewNote = v;
    }

    public Long getReviewPerson() {
        return reviewPerson;
    }

    public void setReviewPerson(Long v) {
        this.reviewPerson = v;
    }

    public String getForwardSeat() {
        return forwardSeat;
    }

    public void setForwardSeat(String v) {
        this.forwardSeat = v;
    }

    public List<String> getForwardReferences() {
        return forwardReferences;
    }

    public void setForwardReferences(List<String> v) {
        this.forwardReferences = v;
    }

    public String getForwardNote() {
        return forwardNote;
    }

    public void setForwardNote(String v) {
        this.forwardNote = v;
    }

    public String getAppointReference() {
        return appointReference;
    }

    public void setAppointReference(String v) {
        this.appointReference = v;
    }

    public LocalDate getAppointStart() {
        return appointStart;
    }

    public void setAppointStart(LocalDate v) {
        this.appointStart = v;
    }

    public Integer getAppointYears() {
        return appointYears;
    }

    public void setAppointYears(Integer v) {
        this.appointYears = v;
    }

    public LocalDate getAppointActionDate() {
        return appointActionDate;
    }

    public void setAppointActionDate(LocalDate v) {
        this.appointActionDate = v;
    }

    public String getAppointNote() {
        return appointNote;
    }

    public void setAppointNote(String v) {
        this.appointNote = v;
    }

    public String getWithdrawReference() {
        return withdrawReference;
    }

    public void setWithdrawReference(String v) {
        this.withdrawReference = v;
    }
}

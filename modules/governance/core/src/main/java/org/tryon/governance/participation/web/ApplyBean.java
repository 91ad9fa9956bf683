package org.tryon.governance.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.governance.participation.application.ApplicationCommands;
import org.tryon.governance.participation.application.ApplicationView;
import org.tryon.governance.participation.application.SeatApplications;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * The public form to apply for a seat (no sign-in; 107.1.1 A, 107.2.1). The applicant is shown the reference number and
 * nothing of the record.
 */
@Named
@ViewScoped
public class ApplyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SeatApplications applications;

    private Form form = new Form();
    private ApplicationView.Receipt receipt;
    private List<ApplicationView.SeatChoice> seats;

    /** What the form holds; the clerk's screen uses the same. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private String seat;
        private String fullName;
        private String address;
        private Boolean countyResident;
        private String email;
        private String phone;
        private String qualifications;

        /** The command, or a refusal naming the seat when none is chosen. */
        public ApplicationCommands.Apply command() {
            if (seat == null || !seat.matches("[A-Z0-9-]{1,10}:\\d{1,3}")) {
                throw new RuleViolationException("seatNumber", "required", "Choose the seat you apply for");
            }
            String[] parts = seat.split(":");
            return new ApplicationCommands.Apply(
                    parts[0],
                    Integer.valueOf(parts[1]),
                    null,
                    fullName,
                    address,
                    countyResident,
                    email,
                    phone,
                    qualifications);
        }

        public String getSeat() {
            return seat;
        }

        public void setSeat(String v) {
            this.seat = v;
        }

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String v) {
            this.fullName = v;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String v) {
            this.address = v;
        }

        public Boolean getCountyResident() {
            return countyResident;
        }

        public void setCountyResident(Boolean v) {
            this.countyResident = v;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String v) {
            this.email = v;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String v) {
            this.phone = v;
        }

        public String getQualifications() {
            return qualifications;
        }

        public void setQualifications(String v) {
            this.qualifications = v;
        }
    }

    public void submit() {
        try {
            receipt = applications.applyPublicly(form.command());
            form = new Form();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<ApplicationView.SeatChoice> getSeats() {
        if (seats == null) {
            seats = applications.seats();
        }
        return seats;
    }

    public Form getForm() {
        return form;
    }

    public ApplicationView.Receipt getReceipt() {
        return receipt;
    }
}

package org.tryon.governance.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.tryon.governance.roster.domain.Appointment;
import org.tryon.governance.roster.domain.Commission;
import org.tryon.governance.roster.domain.Person;
import org.tryon.governance.roster.domain.Seat;
import org.tryon.platform.errors.RuleViolationException;

/**
 * An application to serve in a seat of a body, from the public form or entered by the clerk. "All
 * applications from those interested in serving on the BDC shall be provided to the Board for its
 * consideration" (107.1.1 A); the BDC appoints the TAB (107.2.1). So the clerk reviews an
 * application but never declines it: it is received, reviewed, forwarded to the appointing body in a
 * packet, and appointed when that body appoints the applicant; only the applicant withdraws it.
 * A BDC applicant resides in the county (107.1.1 A).
 */
@Entity
@Table(name = "gov_application")
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
public class SeatApplication {

    public enum Status {
        RECEIVED,
        REVIEWED,
        FORWARDED,
        APPOINTED,
        WITHDRAWN
    }

    /** Where the application came from: the public form, or the clerk (a letter, an e-mail). */
    public enum Via {
        PUBLIC,
        CLERK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(length = 20, unique = true)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false)
    private Commission commission;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "seat_id")
    private Seat seat;

    @Column(length = 300)
    private String organisation;

    @Column(name = "full_name", nullable = false, length = 150)
    private String fullName;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "county_resident", nullable = false)
    private boolean countyResident;

    @Column(length = 254)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(nullable = false, length = 4000)
    private String qualifications;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_via", nullable = false, length = 10)
    private Via receivedVia;

    @Column(name = "entered_by", nullable = false, length = 100)
    private String enteredBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.RECEIVED;

    @Column(name = "reviewed_at")
    private LocalDateTime reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "review_note", length = 1000)
    private String reviewNote;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "packet_id")
    private ApplicationPacket packet;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "appointment_id", unique = true)
    private Appointment appointment;

    @Column(name = "withdrawn_at")
    private LocalDateTime withdrawnAt;

    @Version
    private long version;

    protected SeatApplication() {}

    /**
     * An application for {@code seat} (or, without one, for a seat the {@code organisation} recommends
     * for) of {@code commission}. A BDC applicant who does not reside in the county is refused (107.1.1 A).
     */
    public SeatApplication(
            Commission commission,
            Seat seat,
            String organisation,
            String fullName,
            String address,
            boolean countyResident,
            String email,
            String phone,
            String qualifications,
            LocalDateTime receivedAt,
            Via via,
            String enteredBy) {
        if (seat == null && (organisation == null || organisation.isBlank())) {
            throw new RuleViolationException(
                    "seatNumber", "seat-or-organisation", "Name the seat, or the organisation whose seat is sought");
        }
        if ("BDC".equals(commission.getCode()) && !countyResident) {
            throw new RuleViolationException(
                    "countyResident",
                    "107.1.1 A county-resident",
                    "107.1.1 A: members of the BDC are residents of Mecklenburg County; an applicant who does not reside in the county is not eligible");
        }
        this.commission = commission;
        this.seat = seat;
        this.organisation = blank(organisation);
        this.fullName = fullName.trim();
        this.address = address.trim();
        this.countyResident = countyResident;
        this.email = blank(email);
        this.phone = blank(phone);
        this.qualifications = qualifications.trim();
        this.receivedAt = receivedAt;
        this.receivedVia = via;
        this.enteredBy = enteredBy;
    }

    /** The reference number the applicant is given, from the record's number and the year received: APP-2026-00012. */
    public void numbered() {
        if (reference == null && id != null) {
            reference = reference(receivedAt.getYear(), id);
        }
    }

    public static String reference(int year, long id) {
        return "APP-" + year + "-" + String.format("%05d", id);
    }

    /** The clerk reviews a received application and links it to the person it becomes (an existing person or a new one). */
    public void review(Person as, String note, LocalDateTime at, String by) {
        if (status != Status.RECEIVED) {
            throw new RuleViolationException(
                    "reference",
                    "application.review-once",
                    "The application is " + label() + "; only a received " + "application is reviewed");
        }
        this.person = as;
        this.reviewNote = blank(note);
        this.reviewedAt = at;
        this.reviewedBy = by;
        this.status = Status.REVIEWED;
    }

    /**
     * Forwards a reviewed application in a packet to the appointing body (107.1.1 A, 107.2.1). The packet is for one seat: the
     * application names that seat, or an organisation that recommends for it.
     */
    public void forward(ApplicationPacket in) {
        if (status != Status.REVIEWED) {
            throw new RuleViolationException(
                    "references",
                    "application.reviewed-before-forwarding",
                    "Application " + reference + " is " + label()
                            + "; the clerk reviews an application before forwarding it");
        }
        if (!isFor(in.getSeat())) {
            throw new RuleViolationException(
                    "references",
                    "application.same-seat",
                    "Application " + reference + " is not for seat "
                            + in.getSeat().getNumber() + " of the " + commission.getCode() + " ("
                            + in.getSeat().getTitle() + ")");
        }
        this.packet = in;
        this.seat = in.getSeat();
        this.status = Status.FORWARDED;
    }

    /** Whether the application seeks {@code s}: that seat, or a seat the organisation it names recommends for. */
    public boolean isFor(Seat s) {
        if (!same(s.getCommission(), commission, s.getCommission().getId(), commission.getId())) {
            return false;
        }
        if (seat != null) {
            return same(seat, s, seat.getId(), s.getId());
        }
        return s.organisationList().stream().anyMatch(o -> o.equalsIgnoreCase(organisation));
    }

    /** The appointing body appointed the applicant (107.1.1 A, 107.2.1): the appointment records its action and date. */
    public void appointed(Appointment a) {
        if (status != Status.FORWARDED) {
            throw new RuleViolationException(
                    "applicationId",
                    "application.forwarded-before-appointment",
                    "Application " + reference + " is " + label()
                            + "; the appointing body appoints from applications forwarded to it");
        }
        if (person == null
                || a.getPerson() == null
                || !same(person, a.getPerson(), person.getId(), a.getPerson().getId())) {
            throw new RuleViolationException(
                    "applicationId",
                    "application.same-person",
                    "Application " + reference + " is " + fullName + "'s; the appointment is of another person");
        }
        if (!isFor(a.getSeat())) {
            throw new RuleViolationException(
                    "applicationId",
                    "application.same-seat",
                    "Application " + reference + " is for seat "
                            + (seat == null ? "of " + organisation : seat.getNumber()) + ", not seat "
                            + a.getSeat().getNumber());
        }
        this.appointment = a;
        this.status = Status.APPOINTED;
    }

    /** The applicant withdraws (in writing to the clerk); an appointed application is not withdrawn. */
    public void withdraw(LocalDateTime at) {
        if (status == Status.APPOINTED || status == Status.WITHDRAWN) {
            throw new RuleViolationException(
                    "reference", "application.withdraw", "The application is " + label() + "; it cannot be withdrawn");
        }
        this.withdrawnAt = at;
        this.status = Status.WITHDRAWN;
    }

    /** The same record: the same object, or the same id once stored. */
    private static boolean same(Object a, Object b, Long idA, Long idB) {
        return a == b || (idA != null && idA.equals(idB));
    }

    private String label() {
        return status.name().toLowerCase();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Commission getCommission() {
        return commission;
    }

    public Seat getSeat() {
        return seat;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getFullName() {
        return fullName;
    }

    public String getAddress() {
        return address;
    }

    public boolean isCountyResident() {
        return countyResident;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getQualifications() {
        return qualifications;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public Via getReceivedVia() {
        return receivedVia;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public Person getPerson() {
        return person;
    }

    public ApplicationPacket getPacket() {
        return packet;
    }

    public Appointment getAppointment() {
        return appointment;
    }

    public LocalDateTime getWithdrawnAt() {
        return withdrawnAt;
    }
}

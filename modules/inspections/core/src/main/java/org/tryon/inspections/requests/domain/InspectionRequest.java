package org.tryon.inspections.requests.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.inspections.assignment.domain.InspectionDistrict;
import org.tryon.inspections.assignment.domain.InspectorChoice;
import org.tryon.inspections.assignment.domain.Reassignment;
import org.tryon.inspections.hifr.domain.HifrScheduling;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStateOnDay;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A request for an inspection of work under an issued permit (108.10 C), for a working day.
 *
 * <p>Invariants: the permit is issued and accepts requests; the inspection type is of the
 * permit's trade; the scheduled date is not before the earliest date the rules allow.
 */
@Entity
@Table(name = "insp_request")
@Audited
public class InspectionRequest {

    /** Requested; inspected (a result was recorded); cancelled (the result says so). */
    public enum Status {
        REQUESTED,
        INSPECTED,
        CANCELLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Column(name = "inspection_type", nullable = false, length = 40)
    private String inspectionType;

    @Column(name = "scheduled_for", nullable = false)
    private LocalDate scheduledFor;

    @Column(name = "requested_by", nullable = false, length = 120)
    private String requestedBy;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The district of the permit's address when the request was made ({@link InspectionDistrict#zipOf}); null when unknown. */
    @Column(name = "district_code", length = 20)
    private String districtCode;

    /** The inspector the request is assigned to; null while unassigned (the supervisor's board shows it). */
    @Column(name = "inspector_id")
    private Long inspectorId;

    /** 108.10 F.2: what a HIFR contractor chose at the request; null for a contractor not on the list. */
    @Enumerated(EnumType.STRING)
    @Column(name = "hifr_option", length = 20)
    private HifrScheduling.Option hifrOption;

    /** Outage notice of December 2017: why the request is urgent; null when it is not. */
    @Enumerated(EnumType.STRING)
    @Column(name = "urgent_reason", length = 30)
    private UrgentReason urgentReason;

    @Column(name = "urgent_note", length = 300)
    private String urgentNote;

    /** Outage notice of December 2017: the day the request was actually made, when it was keyed in later; null otherwise. */
    @Column(name = "made_on")
    private LocalDate madeOn;

    /**
     * A request stored twice before one request per permit, inspection type and day was enforced (ADR 0024):
     * the id of the earliest of its group, which is the one that counts; null for every other request. Set by
     * the migration only, never by the application.
     */
    @Column(name = "duplicate_of", insertable = false, updatable = false)
    private Long duplicateOf;

    @Version
    private long version;

    protected InspectionRequest() {}

    public InspectionRequest(
            InspectablePermit permit,
            InspectionType type,
            LocalDate scheduledFor,
            LocalDate earliest,
            String requestedBy,
            String contactPhone,
            Instant createdAt) {
        this(
                permit,
                new PermitStateOnDay.Judgment(permit.getStatus(), permit.acceptsRequests(), false),
                null,
                type,
                scheduledFor,
                earliest,
                requestedBy,
                contactPhone,
                createdAt);
    }

    /**
     * A request judged by the permit's state on the day it was made (108.8.1): {@code madeOn} is that
     * day when the request is keyed in later (by phone during an outage, outage notice of December
     * 2017), null when it is made as it is keyed in.
     */
    public InspectionRequest(
            InspectablePermit permit,
            PermitStateOnDay.Judgment stateWhenMade,
            LocalDate madeOn,
            InspectionType type,
            LocalDate scheduledFor,
            LocalDate earliest,
            String requestedBy,
            String contactPhone,
            Instant createdAt) {
        if (!stateWhenMade.allowsWork()) {
            throw new RuleViolationException(
                    "permitId",
                    "108.8.1 work-allowed",
                    "108.8.1: permit " + permit.getPermitNumber() + (madeOn == null ? " is " : " was ")
                            + stateWhenMade.status().label() + (madeOn == null ? "" : " on " + UsFormat.date(madeOn))
                            + "; no work may proceed, and no inspection is made, under it");
        }
        if (type.getTrade() != permit.getTrade()) {
            throw new RuleViolationException(
                    "inspectionType",
                    "108.10 C permit-trade",
                    "108.10 C: " + type.getName() + " is a " + type.getTrade().label() + " inspection; permit "
                            + permit.getPermitNumber() + " is for "
                            + permit.getTrade().label() + " work");
        }
        if (scheduledFor.isBefore(earliest)) {
            throw new RuleViolationException(
                    "requestedDate",
                    "108.10.1 earliest-date",
                    "The earliest date this request can be scheduled for is " + UsFormat.date(earliest));
        }
        this.permitId = permit.getPermitId();
        this.permitNumber = permit.getPermitNumber();
        this.inspectionType = type.getCode();
        this.scheduledFor = scheduledFor;
        this.requestedBy = requestedBy.trim();
        this.contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.trim();
        this.createdAt = createdAt;
        this.madeOn = madeOn;
        this.status = Status.REQUESTED;
    }

    /** The inspection's result was recorded (108.10): the request is answered. */
    public void resulted(org.tryon.inspections.api.InspectionOutcome outcome) {
        this.status =
                outcome == org.tryon.inspections.api.InspectionOutcome.CANCELLED ? Status.CANCELLED : Status.INSPECTED;
    }

    /**
     * Outage notice of December 2017: the request is urgent (power restoration to an occupied home, a closing on a home
     * purchase, or another reason stated in {@code note}). Only an open request is flagged.
     */
    public void markUrgent(UrgentReason reason, String note) {
        String stated = note == null || note.isBlank() ? null : note.trim();
        if (reason == null) {
            throw new RuleViolationException(
                    "urgentReason", "Outage notice urgent-reason", "Say why the request is urgent");
        }
        if (reason.needsStatement() && stated == null) {
            throw new RuleViolationException(
                    "urgentNote", "Outage notice urgent-reason", "State the urgent reason in words");
        }
        if (status != Status.REQUESTED) {
            throw new RuleViolationException(
                    "requestId",
                    "assignment.open-request",
                    "The request is " + status.name().toLowerCase() + "; only an open request is flagged urgent");
        }
        this.urgentReason = reason;
        this.urgentNote = stated;
    }

    /** The district the request's permit is in. */
    public void locatedIn(String districtCode) {
        this.districtCode = districtCode;
    }

    /** Assigns the request (the rule of {@link InspectorChoice} or a supervisor's {@link Reassignment} decided who). */
    public void assignTo(Long inspectorId) {
        this.inspectorId = inspectorId;
    }

    public boolean isUrgent() {
        return urgentReason != null;
    }

    /** 108.10 F.2: the HIFR option the request carries. */
    public void hifr(HifrScheduling.Option option) {
        this.hifrOption = option;
    }

    public HifrScheduling.Option getHifrOption() {
        return hifrOption;
    }

    public Long getId() {
        return id;
    }

    public long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public String getInspectionType() {
        return inspectionType;
    }

    public LocalDate getScheduledFor() {
        return scheduledFor;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getMadeOn() {
        return madeOn;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public Long getInspectorId() {
        return inspectorId;
    }

    public UrgentReason getUrgentReason() {
        return urgentReason;
    }

    public Long getDuplicateOf() {
        return duplicateOf;
    }

    public String getUrgentNote() {
        return urgentNote;
    }
}

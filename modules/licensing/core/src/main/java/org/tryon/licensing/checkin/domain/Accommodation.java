package org.tryon.licensing.checkin.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An accommodation requested for a registration, with its documentation, and the exam administrator's decision
 * (domain facts "Licensing examinations": "accommodations requested with documentation and approved before the
 * session").
 */
@Entity
@Table(name = "lic_accommodation")
public class Accommodation {

    public enum Status {
        REQUESTED,
        APPROVED,
        REFUSED
    }

    /** The largest uploaded document kept (2 MiB). */
    public static final int MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AccommodationKind kind;

    @Column(name = "extra_minutes")
    private Integer extraMinutes;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "document_reference", length = 200)
    private String documentReference;

    @Column(name = "document_name", length = 200)
    private String documentName;

    @Column(name = "document_type", length = 60)
    private String documentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "document", columnDefinition = "mediumblob")
    private byte[] document;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "requested_by", nullable = false, length = 100)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", length = 400)
    private String decisionReason;

    @Version
    private long version;

    protected Accommodation() {}

    /**
     * A request. Documentation is a description and a document reference or an uploaded file (PDF, PNG or JPEG, at most
     * {@link #MAX_DOCUMENT_BYTES}); extra time names its minutes (1 to 480).
     */
    public Accommodation(
            long registrationId,
            AccommodationKind kind,
            Integer extraMinutes,
            String description,
            String documentReference,
            String documentName,
            byte[] document,
            String requestedBy,
            Instant requestedAt) {
        if (kind == null) {
            throw new RuleViolationException("kind", "required", "Say which accommodation is requested");
        }
        if (kind == AccommodationKind.EXTRA_TIME) {
            if (extraMinutes == null || extraMinutes < 1 || extraMinutes > 480) {
                throw new RuleViolationException(
                        "extraMinutes", "accommodation.extra-minutes", "Extra time is 1 to 480 minutes");
            }
        } else if (extraMinutes != null && extraMinutes != 0) {
            throw new RuleViolationException(
                    "extraMinutes", "accommodation.extra-minutes", "Only extra time names minutes");
        }
        if (description == null || description.isBlank() || description.length() > 1000) {
            throw new RuleViolationException(
                    "description",
                    "accommodation.documentation",
                    "Describe the need and its documentation (at most 1000 characters)");
        }
        boolean hasFile = document != null && document.length > 0;
        boolean hasReference = documentReference != null && !documentReference.isBlank();
        if (!hasFile && !hasReference) {
            throw new RuleViolationException(
                    "document",
                    "accommodation.documentation",
                    "Domain facts: an accommodation is requested with documentation: give a document reference or upload the document");
        }
        if (hasReference && documentReference.trim().length() > 200) {
            throw new RuleViolationException(
                    "documentReference", "size", "A document reference is at most 200 characters");
        }
        this.registrationId = registrationId;
        this.kind = kind;
        this.extraMinutes = kind == AccommodationKind.EXTRA_TIME ? extraMinutes : null;
        this.description = description.trim();
        this.documentReference = hasReference ? documentReference.trim() : null;
        if (hasFile) {
            this.documentType = documentType(document);
            this.document = document.clone();
            String name = documentName == null || documentName.isBlank() ? "document" : documentName.trim();
            this.documentName = name.replaceAll("[^A-Za-z0-9._ -]", "_");
            if (this.documentName.length() > 200) {
                this.documentName = this.documentName.substring(0, 200);
            }
        }
        this.status = Status.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** The media type of an uploaded document, read from its first bytes (never from what the browser claims). */
    public static String documentType(byte[] bytes) {
        if (bytes.length > MAX_DOCUMENT_BYTES) {
            throw new RuleViolationException(
                    "document",
                    "accommodation.document-size",
                    "A document is at most " + MAX_DOCUMENT_BYTES / (1024 * 1024) + " MiB; this one is " + bytes.length
                            + " bytes");
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return "application/pdf";
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        throw new RuleViolationException(
                "document", "accommodation.document-type", "A document is a PDF, PNG or JPEG file");
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Approves the request; refused once the session has started (approved before the session). */
    public void approve(String by, Instant at, LocalDateTime now, LocalDateTime sessionStart, String reason) {
        decide(Status.APPROVED, by, at, now, sessionStart, reason);
    }

    /** Refuses the request, with the reason; refused once the session has started. */
    public void refuse(String by, Instant at, LocalDateTime now, LocalDateTime sessionStart, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "Say why the accommodation is refused");
        }
        decide(Status.REFUSED, by, at, now, sessionStart, reason);
    }

    private void decide(
            Status decision, String by, Instant at, LocalDateTime now, LocalDateTime sessionStart, String reason) {
        if (status != Status.REQUESTED) {
            throw new RuleViolationException(
                    "status",
                    "accommodation.decided-once",
                    "Accommodation " + id + " was already " + status.name().toLowerCase() + " on "
                            + UsFormat.dateTime(decidedAt));
        }
        if (!now.isBefore(sessionStart)) {
            throw new RuleViolationException(
                    "sessionStart",
                    "accommodation.before-session",
                    "Domain facts: accommodations are approved before the session; the session started at "
                            + UsFormat.dateTime(sessionStart));
        }
        if (reason != null && reason.trim().length() > 400) {
            throw new RuleViolationException("reason", "size", "A reason is at most 400 characters");
        }
        this.status = decision;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason == null || reason.isBlank() ? null : reason.trim();
    }

    public Long getId() {
        return id;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public AccommodationKind getKind() {
        return kind;
    }

    public Integer getExtraMinutes() {
        return extraMinutes;
    }

    public String getDescription() {
        return description;
    }

    public String getDocumentReference() {
        return documentReference;
    }

    public String getDocumentName() {
        return documentName;
    }

    public String getDocumentType() {
        return documentType;
    }

    public byte[] getDocument() {
        return document == null ? null : document.clone();
    }

    public Status getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}

package org.tryon.licensing.domain.eligibility;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.tryon.platform.errors.RuleViolationException;

/** A reference named on an application (name, contact, relation), checked by staff. */
@Entity
@Table(name = "lic_reference")
public class Referee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "application_id", nullable = false)
    private ExamApplication application;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(nullable = false, length = 200)
    private String contact;

    @Column(nullable = false, length = 150)
    private String relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LineStatus status;

    @Column(name = "reject_reason", length = 400)
    private String rejectReason;

    @Column(name = "checked_by", length = 100)
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @Version
    private long version;

    protected Referee() {
    }

    Referee(ExamApplication application, String name, String contact, String relation) {
        this.application = application;
        this.name = name.trim();
        this.contact = contact.trim();
        this.relation = relation.trim();
        this.status = LineStatus.PENDING;
    }

    void check(boolean verified, String reason, String by, Instant at) {
        if (!verified && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("reason", "required", "Give the reason the reference is rejected");
        }
        this.status = verified ? LineStatus.VERIFIED : LineStatus.REJECTED;
        this.rejectReason = verified ? null : reason.trim();
        this.checkedBy = by;
        this.checkedAt = at;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getContact() { return contact; }
    public String getRelation() { return relation; }
    public LineStatus getStatus() { return status; }
    public String getRejectReason() { return rejectReason; }
    public String getCheckedBy() { return checkedBy; }
    public Instant getCheckedAt() { return checkedAt; }
}

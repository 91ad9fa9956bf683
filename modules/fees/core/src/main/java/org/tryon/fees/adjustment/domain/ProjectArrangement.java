package org.tryon.fees.adjustment.domain;

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
import org.hibernate.envers.Audited;
import org.tryon.platform.kernel.PermitHolder;

/**
 * Re-Inspection Fee Program: how the re-inspection fee adjustment of a project is shared when the default (the
 * permit applicant, or the lead contractor) does not hold: on a commercial project with
 * multi-primes each prime answers for its own work, "unless they agree otherwise", and the
 * agreement is recorded here with the holder it names. One per project; audited (who recorded
 * what, when).
 */
@Entity
@Audited
@Table(name = "fees_adjustment_arrangement")
public class ProjectArrangement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, unique = true)
    private long projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AdjustmentResponsibility.Arrangement arrangement;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreed_holder_kind", length = 20)
    private PermitHolder.Kind agreedHolderKind;

    @Column(name = "agreed_holder_id")
    private Long agreedHolderId;

    @Column(name = "agreed_holder_name", length = 200)
    private String agreedHolderName;

    /** The agreement or the reason, as stated by the contractors. */
    @Column(nullable = false, length = 1000)
    private String statement;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ProjectArrangement() {}

    public ProjectArrangement(
            long projectId,
            AdjustmentResponsibility.Arrangement arrangement,
            PermitHolder agreedHolder,
            String statement,
            String recordedBy,
            Instant recordedAt) {
        this.projectId = projectId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        change(arrangement, agreedHolder, statement, recordedBy, recordedAt);
    }

    public void change(
            AdjustmentResponsibility.Arrangement arrangement,
            PermitHolder agreedHolder,
            String statement,
            String by,
            Instant at) {
        this.arrangement = arrangement;
        this.agreedHolderKind = agreedHolder == null ? null : agreedHolder.kind();
        this.agreedHolderId = agreedHolder == null ? null : agreedHolder.id();
        this.agreedHolderName = agreedHolder == null ? null : agreedHolder.name();
        this.statement = statement.trim();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public java.util.Optional<PermitHolder> agreedHolder() {
        return agreedHolderKind == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new PermitHolder(agreedHolderKind, agreedHolderId, agreedHolderName));
    }

    public Long getId() {
        return id;
    }

    public long getProjectId() {
        return projectId;
    }

    public AdjustmentResponsibility.Arrangement getArrangement() {
        return arrangement;
    }

    public String getStatement() {
        return statement;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

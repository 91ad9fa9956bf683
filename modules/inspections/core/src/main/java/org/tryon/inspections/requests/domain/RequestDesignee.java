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
import java.util.Locale;
import org.hibernate.envers.Audited;
import org.tryon.platform.kernel.PermitHolder;

/**
 * A person a permit holder named to request inspections for it (108.10 C: "the firm or person
 * responsible for the work, or their designee"), from the moment the department recorded it until it
 * is withdrawn. Withdrawn designees stay on record: the requests they made keep their meaning.
 */
@Entity
@Table(name = "insp_designee")
@Audited
public class RequestDesignee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "holder_kind", nullable = false, length = 20)
    private PermitHolder.Kind holderKind;

    @Column(name = "holder_id", nullable = false)
    private long holderId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 30)
    private String phone;

    @Column(name = "named_at", nullable = false)
    private Instant namedAt;

    @Column(name = "named_by", nullable = false, length = 60)
    private String namedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 60)
    private String withdrawnBy;

    @Version
    private long version;

    protected RequestDesignee() {}

    public RequestDesignee(
            PermitHolder.Kind holderKind, long holderId, String name, String phone, Instant namedAt, String namedBy) {
        this.holderKind = holderKind;
        this.holderId = holderId;
        this.name = name.trim().replaceAll("\\s+", " ");
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
        this.namedAt = namedAt;
        this.namedBy = namedBy;
    }

    /** The form a name is compared in: trimmed, single spaces, case ignored. */
    public static String comparable(String name) {
        return name == null ? "" : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean isActive() {
        return withdrawnAt == null;
    }

    public void withdraw(Instant at, String by) {
        if (withdrawnAt == null) {
            withdrawnAt = at;
            withdrawnBy = by;
        }
    }

    public Long getId() {
        return id;
    }

    public PermitHolder.Kind getHolderKind() {
        return holderKind;
    }

    public long getHolderId() {
        return holderId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public Instant getNamedAt() {
        return namedAt;
    }

    public String getNamedBy() {
        return namedBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}

package org.tryon.permitting.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** A notice to the permit holder (for example that the permit expired, 108.8.1), kept with the permit. */
@Entity
@Immutable
@Table(name = "perm_notice")
public class PermitNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "addressed_to", nullable = false, length = 200)
    private String addressedTo;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "dated", nullable = false)
    private LocalDate dated;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PermitNotice() {}

    public PermitNotice(
            long permitId, String kind, String addressedTo, String text, LocalDate dated, Instant createdAt) {
        this.permitId = permitId;
        this.kind = kind;
        this.addressedTo = addressedTo;
        this.text = text;
        this.dated = dated;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getPermitId() {
        return permitId;
    }

    public String getKind() {
        return kind;
    }

    public String getAddressedTo() {
        return addressedTo;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDated() {
        return dated;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

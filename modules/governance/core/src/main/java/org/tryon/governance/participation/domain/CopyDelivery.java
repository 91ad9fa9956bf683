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
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * One delivery of a certified copy to its party (107.1.4 A): how it was sent, where, when and by whom. A copy sent twice
 * (mailed, then e-mailed) has two deliveries. Never changed nor deleted.
 */
@Entity
@Table(name = "gov_copy_delivery")
public class CopyDelivery {

    /** How a copy went: by e-mail, by mail, by registered mail, or handed over (as notices may be delivered, 106 "Notice"). */
    public enum Method {
        EMAIL,
        MAIL,
        REGISTERED_MAIL,
        HAND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "copy_id", nullable = false)
    private CertifiedCopy copy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Method method;

    @Column(name = "sent_to", nullable = false, length = 300)
    private String sentTo;

    @Column(name = "delivered_at", nullable = false)
    private LocalDateTime deliveredAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected CopyDelivery() {}

    /**
     * A delivery to {@code sentTo}, or, when none is given, to the party's e-mail (by e-mail) or postal address (by mail);
     * refused when the party has no such address and none is given, or before the copy was certified.
     */
    public CopyDelivery(
            CertifiedCopy copy, Method method, String sentTo, LocalDateTime deliveredAt, String recordedBy) {
        String to = sentTo == null || sentTo.isBlank() ? null : sentTo.trim();
        if (to == null) {
            to = method == Method.EMAIL
                    ? copy.getParty().getEmail()
                    : copy.getParty().getAddress();
        }
        if (to == null) {
            throw new RuleViolationException(
                    "sentTo",
                    "107.1.4 A delivery-address",
                    "107.1.4 A: " + copy.getParty().getName() + " has no "
                            + (method == Method.EMAIL ? "e-mail" : "postal")
                            + " address; give where the copy was sent");
        }
        if (deliveredAt.isBefore(copy.getCertifiedAt())) {
            throw new RuleViolationException(
                    "deliveredAt",
                    "after-certification",
                    "A copy is delivered after it is certified (" + UsFormat.dateTime(copy.getCertifiedAt()) + ")");
        }
        this.copy = copy;
        this.method = method;
        this.sentTo = to;
        this.deliveredAt = deliveredAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public CertifiedCopy getCopy() {
        return copy;
    }

    public Method getMethod() {
        return method;
    }

    public String getSentTo() {
        return sentTo;
    }

    public LocalDateTime getDeliveredAt() {
        return deliveredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

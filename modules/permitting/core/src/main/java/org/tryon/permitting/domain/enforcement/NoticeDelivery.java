package org.tryon.permitting.domain.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * How and when the written notice of an enforcement action was delivered (106 "Written Notice"):
 * who delivered it, on which day, to whom, and for registered mail the address and the mail
 * article number. Never changed once recorded.
 *
 * <p>Rules: those of every written notice ({@link WrittenNotice}); only a notice of condemnation or
 * of its hearing is posted on the building (108.12.4, 108.12.6).
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_notice_delivery")
public class NoticeDelivery implements WrittenNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DeliveryMethod method;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "delivered_by", nullable = false, length = 120)
    private String deliveredBy;

    @Column(name = "delivered_to", nullable = false, length = 200)
    private String deliveredTo;

    @Column(name = "mailing_address", length = 400)
    private String mailingAddress;

    @Column(name = "article_number", length = 30)
    private String articleNumber;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NoticeDelivery() {
    }

    NoticeDelivery(EnforcementAction action, DeliveryMethod method, LocalDate deliveredOn, String deliveredBy, String deliveredTo,
            String mailingAddress, String articleNumber, LocalDate today, String recordedBy, Instant recordedAt) {
        String article = WrittenNotice.checkedArticleNumber(method, action.getIssuedOn(), deliveredOn, today, mailingAddress,
                articleNumber);
        if (method == DeliveryMethod.POSTED_ON_BUILDING && action.getKind() != EnforcementKind.CONDEMNATION
                && action.getKind() != EnforcementKind.HEARING_NOTICE) {
            throw new RuleViolationException("method", "108.12.4 posting",
                    "Only a notice of condemnation (108.12.4) or of its hearing (108.12.6) is posted on the building; "
                            + "a " + action.getKind().title().toLowerCase() + " is delivered in person or by registered mail (106)");
        }
        this.actionId = action.getId();
        this.method = method;
        this.deliveredOn = deliveredOn;
        this.deliveredBy = deliveredBy.trim();
        this.deliveredTo = deliveredTo.trim();
        this.mailingAddress = WrittenNotice.optional(mailingAddress);
        this.articleNumber = article;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getActionId() { return actionId; }
    public DeliveryMethod getMethod() { return method; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public String getDeliveredBy() { return deliveredBy; }
    public String getDeliveredTo() { return deliveredTo; }
    public String getMailingAddress() { return mailingAddress; }
    public String getArticleNumber() { return articleNumber; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

package org.tryon.permitting.domain.machinery;

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
import org.tryon.permitting.domain.enforcement.DeliveryMethod;
import org.tryon.permitting.domain.enforcement.WrittenNotice;

/**
 * 108.10 G.1, 106 "Written Notice": how and when a notice of exceptions reached the customer, by
 * whom and to whom; for registered mail the address and the article number. The rules are those of
 * every written notice ({@link WrittenNotice}). Never changed once recorded.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_notice_delivery")
public class ExceptionNoticeDelivery implements WrittenNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

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

    protected ExceptionNoticeDelivery() {
    }

    ExceptionNoticeDelivery(ExceptionNotice notice, DeliveryMethod method, LocalDate deliveredOn, String deliveredBy, String deliveredTo,
            String mailingAddress, String articleNumber, Act recorded) {
        this.articleNumber = WrittenNotice.checkedArticleNumber(method, notice.getIssuedOn(), deliveredOn, recorded.on(), mailingAddress,
                articleNumber);
        this.noticeId = notice.getId();
        this.method = method;
        this.deliveredOn = deliveredOn;
        this.deliveredBy = deliveredBy.trim();
        this.deliveredTo = deliveredTo.trim();
        this.mailingAddress = WrittenNotice.optional(mailingAddress);
        this.recordedBy = recorded.by();
        this.recordedAt = recorded.at();
    }

    @Override public Long getId() { return id; }
    public Long getNoticeId() { return noticeId; }
    @Override public DeliveryMethod getMethod() { return method; }
    @Override public LocalDate getDeliveredOn() { return deliveredOn; }
    @Override public String getDeliveredBy() { return deliveredBy; }
    @Override public String getDeliveredTo() { return deliveredTo; }
    @Override public String getMailingAddress() { return mailingAddress; }
    @Override public String getArticleNumber() { return articleNumber; }
    @Override public String getRecordedBy() { return recordedBy; }
    @Override public Instant getRecordedAt() { return recordedAt; }
}

package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.WrittenNotice;
import org.tryon.permitting.module.domain.Act;

/**
 * 108.10 G.1, 106 "Written Notice": how and when a notice of exceptions reached the customer, by
 * whom and to whom; for registered mail the address and the article number. The rules are those of
 * every written notice ({@link WrittenNotice}). Never changed once recorded.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_notice_delivery")
public class ExceptionNoticeDelivery extends WrittenNotice {

    @Column(name = "notice_id", nullable = false)
    private Long noticeId;

    protected ExceptionNoticeDelivery() {}

    ExceptionNoticeDelivery(ExceptionNotice notice, Delivery delivery, Act recorded) {
        super(notice.getIssued().on(), delivery, recorded);
        this.noticeId = notice.getId();
    }

    public Long getNoticeId() {
        return noticeId;
    }
}

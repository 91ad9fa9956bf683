package org.tryon.permitting.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
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
public class NoticeDelivery extends WrittenNotice {

    @Column(name = "action_id", nullable = false)
    private Long actionId;

    protected NoticeDelivery() {}

    NoticeDelivery(EnforcementAction action, Delivery delivery, Act recorded) {
        super(action.getIssued().on(), postable(action, delivery), recorded);
        this.actionId = action.getId();
    }

    /** 108.12.4, 108.12.6: only a notice of condemnation or of its hearing is posted on the building. */
    private static Delivery postable(EnforcementAction action, Delivery delivery) {
        if (delivery.method() == DeliveryMethod.POSTED_ON_BUILDING
                && action.getKind() != EnforcementKind.CONDEMNATION
                && action.getKind() != EnforcementKind.HEARING_NOTICE) {
            throw new RuleViolationException(
                    "method",
                    "108.12.4 posting",
                    "Only a notice of condemnation (108.12.4) or of its hearing (108.12.6) is posted on the building; "
                            + "a " + action.getKind().title().toLowerCase()
                            + " is delivered in person or by registered mail (106)");
        }
        return delivery;
    }

    public Long getActionId() {
        return actionId;
    }
}

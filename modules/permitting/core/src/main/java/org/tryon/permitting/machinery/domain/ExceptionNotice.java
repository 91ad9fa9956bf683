package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.envers.Audited;
import org.tryon.permitting.enforcement.domain.Delivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;

/**
 * 108.10 G.1: the department notifies the customer of any exceptions taken to the industrial
 * machinery list (equipment it does not believe qualifies as industrial machinery). What the notice
 * states (its addressee and, in {@link ExceptionNoticeLine}s, each item excepted with its ground) is
 * fixed when it is issued, so its PDF always says the same; a later change of determination is told
 * in a new notice. Its delivery is recorded as for every written notice (106).
 *
 * <p>Invariants: a notice lists at least one exception; it is delivered in person or by registered
 * mail (a machinery notice is not posted on a building).
 */
@Entity
@Audited
@Table(name = "perm_machinery_notice")
public class ExceptionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference_number", unique = true, length = 30)
    private String referenceNumber;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Column(name = "addressee_name", nullable = false, length = 200)
    private String addresseeName;

    @Column(name = "addressee_address", nullable = false, length = 400)
    private String addresseeAddress;

    @Embedded
    private Act issued;

    protected ExceptionNotice() {}

    /** G.1: a notice of the exceptions taken to the items of {@code list} now excepted. */
    public static ExceptionNotice of(
            long permitId,
            String permitNumber,
            List<MachineryItem> list,
            String addresseeName,
            String addresseeAddress,
            Act issued) {
        if (list.stream().noneMatch(i -> i.getStatus().isExcepted())) {
            throw new RuleViolationException(
                    "permitId",
                    "108.10 G.1 exceptions-taken",
                    "108.10 G.1: the customer is notified of exceptions taken; no item of permit " + permitNumber
                            + "'s list is excepted");
        }
        ExceptionNotice n = new ExceptionNotice();
        n.permitId = permitId;
        n.permitNumber = permitNumber;
        n.addresseeName = addresseeName.trim();
        n.addresseeAddress = addresseeAddress.trim();
        n.issued = issued;
        return n;
    }

    /** The lines the notice states, once it has its id: one per item now excepted, in item order. */
    public List<ExceptionNoticeLine> lines(List<MachineryItem> list) {
        return list.stream()
                .filter(i -> i.getStatus().isExcepted())
                .map(i -> new ExceptionNoticeLine(id, i))
                .toList();
    }

    /** 106: how the notice reached the customer; in person or by registered mail. */
    public ExceptionNoticeDelivery deliver(Delivery delivery, Act recorded) {
        if (delivery.method() == DeliveryMethod.POSTED_ON_BUILDING) {
            throw new RuleViolationException(
                    "method",
                    "106 written-notice",
                    "A notice of exceptions is delivered in person or sent by registered mail (106), not posted on the building");
        }
        return new ExceptionNoticeDelivery(this, delivery, recorded);
    }

    /** Called once the id is known: IMX-2026-000012. */
    public void assignNumber() {
        if (referenceNumber == null) {
            referenceNumber = "IMX-" + issued.on().getYear() + "-" + String.format("%06d", id);
        }
    }

    public Long getId() {
        return id;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public Long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public String getAddresseeAddress() {
        return addresseeAddress;
    }

    public Act getIssued() {
        return issued;
    }
}

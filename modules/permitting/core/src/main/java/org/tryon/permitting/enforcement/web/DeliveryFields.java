package org.tryon.permitting.enforcement.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.permitting.enforcement.application.RecordDelivery;
import org.tryon.permitting.enforcement.domain.DeliveryMethod;

/**
 * 106 "Written Notice": the fields of the form recording how a written notice was delivered (in
 * person, by registered mail, or for a condemnation posted on the building), bound to
 * {@link RecordDelivery}. One form for every written notice of the department: an enforcement
 * action's (108.12) and a notice of exceptions to an industrial machinery list (108.10 G.1); the
 * screens bind to {@code #{bean.delivery.deliveredOn}} and so on.
 */
public class DeliveryFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private DeliveryMethod deliveryMethod;
    private LocalDate deliveredOn;
    private String deliveredBy;
    private String deliveredTo;
    private String mailingAddress;
    private String articleNumber;

    /** The command the form's fields make. */
    public RecordDelivery command() {
        return new RecordDelivery(deliveryMethod, deliveredOn, deliveredBy, deliveredTo, mailingAddress, articleNumber);
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(DeliveryMethod v) {
        deliveryMethod = v;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate v) {
        deliveredOn = v;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public void setDeliveredBy(String v) {
        deliveredBy = v;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public void setDeliveredTo(String v) {
        deliveredTo = v;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public void setMailingAddress(String v) {
        mailingAddress = v;
    }

    public String getArticleNumber() {
        return articleNumber;
    }

    public void setArticleNumber(String v) {
        articleNumber = v;
    }
}

package org.tryon.permitting.enforcement.domain;

/**
 * How a written notice reached its addressee. 106 "Written Notice": notice is given if delivered in
 * person to the party intended, or sent by registered mail to the last address known. A notice of
 * condemnation is in addition posted on the building (108.12.4); posting is not written notice.
 */
public enum DeliveryMethod {
    IN_PERSON("Delivered in person", true),
    REGISTERED_MAIL("Sent by registered mail", true),
    POSTED_ON_BUILDING("Posted on the building (108.12.4)", false);

    private final String label;
    private final boolean givesWrittenNotice;

    DeliveryMethod(String label, boolean givesWrittenNotice) {
        this.label = label;
        this.givesWrittenNotice = givesWrittenNotice;
    }

    public String label() {
        return label;
    }

    /** Whether this delivery gives written notice in the sense of 106. */
    public boolean givesWrittenNotice() {
        return givesWrittenNotice;
    }
}

package org.tryon.permitting.certificates.domain;

import org.tryon.platform.kernel.Trade;

/**
 * 108.11.4 "Certificates of Compliance/Certificates of Occupancy". Our reading (the section's text
 * is not at hand): a project with building work gets a certificate of occupancy; a project of trade
 * work only (electrical, mechanical, plumbing) gets a certificate of compliance (G.S. 160D-1116
 * names both).
 */
public enum CertificateKind {
    CERTIFICATE_OF_OCCUPANCY("CO", "Certificate of Occupancy"),
    CERTIFICATE_OF_COMPLIANCE("CC", "Certificate of Compliance");

    private final String prefix;
    private final String title;

    CertificateKind(String prefix, String title) {
        this.prefix = prefix;
        this.title = title;
    }

    public static CertificateKind forTrades(java.util.Collection<Trade> trades) {
        return trades.contains(Trade.BUILDING) ? CERTIFICATE_OF_OCCUPANCY : CERTIFICATE_OF_COMPLIANCE;
    }

    public String prefix() {
        return prefix;
    }

    public String title() {
        return title;
    }
}

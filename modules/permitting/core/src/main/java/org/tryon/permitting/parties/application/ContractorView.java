package org.tryon.permitting.parties.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.tryon.permitting.parties.domain.ContractorFirm;
import org.tryon.permitting.parties.domain.ContractorLicense;
import org.tryon.permitting.parties.domain.SuretyBond;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * A contractor firm with its licenses (and whether each counts today, 108.8 G), its point of
 * contact (106) and its bonds (whether one is on file today, 108.7).
 */
public record ContractorView(
        long id,
        String name,
        String contactName,
        String contactPhone,
        String contactEmail,
        String licenseSummary,
        List<Trade> licensedTrades,
        boolean bondOnFile,
        List<LicenseView> licenses,
        List<BondView> bonds,
        long version)
        implements java.io.Serializable {

    /** A license and whether it counts today. */
    public record LicenseView(
            long id,
            String board,
            String boardLabel,
            String licenseNumber,
            String classification,
            Trade trade,
            LocalDate expiresOn,
            boolean current)
            implements java.io.Serializable {}

    /** A bond, and when its cancellation (if noticed) takes effect. */
    public record BondView(
            long id,
            String surety,
            String bondNumber,
            BigDecimal amount,
            LocalDate effectiveOn,
            LocalDate cancellationReceivedOn,
            LocalDate cancellationEffectiveOn,
            boolean onFile)
            implements java.io.Serializable {}

    static ContractorView of(ContractorFirm c, LocalDate today) {
        List<LicenseView> licenses =
                c.getLicenses().stream().map(l -> license(l, today)).toList();
        String summary = c.getLicenses().stream()
                .map(l -> l.getNumber() + " (" + l.getTrade().label()
                        + (today.isAfter(l.getExpiresOn()) ? ", expired " : ", to ") + UsFormat.date(l.getExpiresOn())
                        + ")")
                .collect(Collectors.joining(", "));
        var contact = c.getPointOfContact();
        return new ContractorView(
                c.getId(),
                c.getName(),
                contact == null ? null : contact.getName(),
                contact == null ? null : contact.getPhone(),
                contact == null ? null : contact.getEmail(),
                summary,
                c.tradesOn(today),
                c.bondOnFile(today).isPresent(),
                licenses,
                c.getBonds().stream().map(b -> bond(b, today)).toList(),
                c.getVersion());
    }

    private static LicenseView license(ContractorLicense l, LocalDate today) {
        return new LicenseView(
                l.getId(),
                l.getBoard().name(),
                l.getBoard().label(),
                l.getNumber(),
                l.getClassification(),
                l.getTrade(),
                l.getExpiresOn(),
                !today.isAfter(l.getExpiresOn()));
    }

    private static BondView bond(SuretyBond b, LocalDate today) {
        return new BondView(
                b.getId(),
                b.getSurety(),
                b.getBondNumber(),
                b.getAmount().amount(),
                b.getEffectiveOn(),
                b.getCancellationReceivedOn(),
                b.getCancellationEffectiveOn(),
                b.onFile(today));
    }
}

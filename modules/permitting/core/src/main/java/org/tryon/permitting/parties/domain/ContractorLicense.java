package org.tryon.permitting.parties.domain;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * A state license held by a contractor firm: the board that issued it, its number, its
 * classification (for example "Unlimited Building", "H-3") and the trade it covers, valid through
 * its expiry day. 108.8 G: a license counts for a permit only when it covers the permit's trade and
 * has not expired on the day that matters (application, issue).
 */
@Entity
@Table(name = "perm_contractor_license")
@Audited
public class ContractorLicense {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contractor_id", nullable = false)
    private ContractorFirm firm;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LicenseBoard board;

    @Column(name = "license_number", nullable = false, length = 30)
    private String number;

    @Column(length = 80)
    private String classification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Column(name = "expires_on", nullable = false)
    private LocalDate expiresOn;

    @Version
    private long version;

    protected ContractorLicense() {}

    ContractorLicense(
            ContractorFirm firm,
            LicenseBoard board,
            String number,
            String classification,
            Trade trade,
            LocalDate expiresOn) {
        if (!board.licenses(trade)) {
            throw new RuleViolationException(
                    "board",
                    "106 board-trade",
                    "106: the " + board.label() + " does not license " + trade.label() + " work");
        }
        this.firm = firm;
        this.board = board;
        this.number = number.trim().toUpperCase();
        this.classification = classification == null || classification.isBlank() ? null : classification.trim();
        this.trade = trade;
        this.expiresOn = expiresOn;
    }

    /** 108.8 G: covers the trade and has not expired on {@code day} (valid through its expiry day). */
    public boolean countsFor(Trade trade, LocalDate day) {
        return this.trade == trade && !day.isAfter(expiresOn);
    }

    /** A renewal moves the expiry day forward; a license is never shortened after the fact. */
    public void renewThrough(LocalDate newExpiry) {
        if (!newExpiry.isAfter(expiresOn)) {
            throw new RuleViolationException(
                    "expiresOn",
                    "renewal-later",
                    "A renewal must run past the current expiry day " + UsFormat.date(expiresOn));
        }
        this.expiresOn = newExpiry;
    }

    public Long getId() {
        return id;
    }

    public ContractorFirm getFirm() {
        return firm;
    }

    public LicenseBoard getBoard() {
        return board;
    }

    public String getNumber() {
        return number;
    }

    public String getClassification() {
        return classification;
    }

    public Trade getTrade() {
        return trade;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public long getVersion() {
        return version;
    }
}

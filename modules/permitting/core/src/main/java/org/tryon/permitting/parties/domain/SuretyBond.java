package org.tryon.permitting.parties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * 108.7: the continuous surety bond a firm files with the Department to guarantee the payment of
 * its fees. The surety may cancel it only on thirty days' written notice to the Department: the
 * cancellation takes effect no earlier than the notice days (a setting) after the Department
 * receives the notice, and from that day on the bond is no longer on file.
 */
@Entity
@Table(name = "perm_bond")
@Audited
public class SuretyBond {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contractor_id", nullable = false)
    private ContractorFirm firm;

    @Column(nullable = false, length = 200)
    private String surety;

    @Column(name = "bond_number", nullable = false, length = 40)
    private String bondNumber;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(name = "cancellation_received_on")
    private LocalDate cancellationReceivedOn;

    @Column(name = "cancellation_effective_on")
    private LocalDate cancellationEffectiveOn;

    @Version
    private long version;

    protected SuretyBond() {}

    SuretyBond(ContractorFirm firm, String surety, String bondNumber, Money amount, LocalDate effectiveOn) {
        if (!amount.isPositive()) {
            throw new RuleViolationException(
                    "amount", "108.7 positive", "108.7: the bond amount must be more than zero");
        }
        this.firm = firm;
        this.surety = surety.trim();
        this.bondNumber = bondNumber.trim().toUpperCase();
        this.amount = amount;
        this.effectiveOn = effectiveOn;
    }

    /**
     * 108.7: the surety's written notice of cancellation, received by the Department on {@code receivedOn}.
     * The cancellation takes effect on the later of the day the surety asks for and {@code noticeDays}
     * after receipt.
     */
    public void cancellationNoticeReceived(LocalDate receivedOn, LocalDate requestedOn, int noticeDays) {
        if (cancellationReceivedOn != null) {
            throw new RuleViolationException(
                    "receivedOn",
                    "108.7 once",
                    "108.7: a cancellation notice for bond " + bondNumber + " was already received on "
                            + UsFormat.date(cancellationReceivedOn));
        }
        LocalDate earliest = receivedOn.plusDays(noticeDays);
        this.cancellationReceivedOn = receivedOn;
        this.cancellationEffectiveOn = requestedOn != null && requestedOn.isAfter(earliest) ? requestedOn : earliest;
    }

    /** In force on {@code day}: effective, and its cancellation (if any) not yet in effect. */
    public boolean onFile(LocalDate day) {
        return !day.isBefore(effectiveOn) && (cancellationEffectiveOn == null || day.isBefore(cancellationEffectiveOn));
    }

    public Long getId() {
        return id;
    }

    public ContractorFirm getFirm() {
        return firm;
    }

    public String getSurety() {
        return surety;
    }

    public String getBondNumber() {
        return bondNumber;
    }

    public Money getAmount() {
        return amount;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public LocalDate getCancellationReceivedOn() {
        return cancellationReceivedOn;
    }

    public LocalDate getCancellationEffectiveOn() {
        return cancellationEffectiveOn;
    }

    public long getVersion() {
        return version;
    }
}

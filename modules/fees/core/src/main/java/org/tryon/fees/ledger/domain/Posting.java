package org.tryon.fees.ledger.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.tryon.platform.money.Money;

/**
 * A journal entry of the ledger: two or more lines whose amounts sum to zero (a debit to the
 * customer, a credit to revenue). Append-only: a posting is never updated or deleted; a
 * correction is a new posting that reverses it.
 *
 * <p>Invariants: lines sum to zero; each cause (for example {@code permit 42 PERMIT_FEE}) posts
 * at most once within its scope, enforced by a unique key so a redelivered event cannot post twice. The scope is the
 * county (0) for every cause but a payment's, whose reference (a check number) is unique per payer: its scope is the
 * payer's account (ADR 0025).
 */
@Entity
@Immutable
@Table(
        name = "fees_posting",
        uniqueConstraints = @UniqueConstraint(columnNames = {"cause_type", "cause_id", "fee_code", "cause_scope"}))
public class Posting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    @Column(name = "posted_by", nullable = false, length = 60)
    private String postedBy;

    /** The date whose rules priced the posting (for a permit fee, the issue date). */
    @Column(name = "effective_date", nullable = false)
    private LocalDate effectiveDate;

    @Column(name = "fee_code", nullable = false, length = 40)
    private String feeCode;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(name = "cause_type", nullable = false, length = 40)
    private String causeType;

    @Column(name = "cause_id", nullable = false, length = 60)
    private String causeId;

    /** The account within which the cause is unique: the payer's for a payment, 0 (the county) for any other cause. */
    @Column(name = "cause_scope", nullable = false)
    private long causeScope;

    /** The permit the entry concerns, when it concerns one. */
    @Column(name = "permit_id")
    private Long permitId;

    @OneToMany(mappedBy = "posting", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<PostingLine> lines = new ArrayList<>();

    /** Ledger: the posting this one reverses (a correction); a posting is reversed at most once (unique key, V10). */
    @Column(name = "reverses_posting_id")
    private Long reversesPostingId;

    /** Ledger: the payment this refund gives money back from. */
    @Column(name = "refunds_posting_id")
    private Long refundsPostingId;

    /** Ledger: the charge this write-off clears. */
    @Column(name = "writes_off_posting_id")
    private Long writesOffPostingId;

    /** Why a correction, refund or write-off was made, as its author gave it. */
    @Column(length = 500)
    private String reason;

    protected Posting() {}

    /** A charge to a customer's account, credited to the fee's revenue account. */
    public static Posting charge(
            Account customer,
            Account revenue,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        return between(
                customer, revenue, amount, feeCode, description, causeType, causeId, effectiveDate, postedAt, postedBy);
    }

    /**
     * A credit to a customer's account for a fee's cause (Re-Inspection Fee Program: a re-inspection fee credit,
     * "effectively reduced permit fees"): the fee's revenue account is debited, the customer's
     * account credited. The other direction of {@link #charge}.
     */
    public static Posting credit(
            Account customer,
            Account revenue,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        return between(
                revenue, customer, amount, feeCode, description, causeType, causeId, effectiveDate, postedAt, postedBy);
    }

    /** A payment received from a customer: the county's receipts account is debited, the customer's account credited. */
    public static Posting payment(
            Account customer,
            Account receipts,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        Posting p = between(
                receipts,
                customer,
                amount,
                feeCode,
                description,
                causeType,
                causeId,
                effectiveDate,
                postedAt,
                postedBy);
        p.causeScope = customer.getId() == null ? 0 : customer.getId();
        return p;
    }

    private static Posting between(
            Account debited,
            Account credited,
            Money amount,
            String feeCode,
            String description,
            String causeType,
            String causeId,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A posting moves a positive amount: " + amount);
        }
        Posting p = new Posting();
        p.postedAt = postedAt;
        p.postedBy = postedBy;
        p.effectiveDate = effectiveDate;
        p.feeCode = feeCode;
        p.description = description;
        p.causeType = causeType;
        p.causeId = causeId;
        p.lines.add(new PostingLine(p, debited, amount));
        p.lines.add(new PostingLine(p, credited, amount.negate()));
        return p;
    }

    /** Names the permit this new entry concerns; only before it is posted (the ledger is append-only). */
    public Posting aboutPermit(Long permitId) {
        if (id != null) {
            throw new IllegalStateException("posting " + id + " is already in the ledger");
        }
        this.permitId = permitId;
        return this;
    }

    public long getCauseScope() {
        return causeScope;
    }

    public Long getPermitId() {
        return permitId;
    }

    /**
     * Ledger: the correction of {@code original}: a new posting with the opposite of each of
     * its lines, naming the posting it reverses and why. The original stays as it was.
     */
    public static Posting reversalOf(
            Posting original, String reason, LocalDate effectiveDate, Instant postedAt, String postedBy) {
        if (original.reversesPostingId != null || "reversal".equals(original.causeType)) {
            throw new IllegalArgumentException("A reversal is not reversed; post the entry again instead");
        }
        Posting p = new Posting();
        p.postedAt = postedAt;
        p.postedBy = postedBy;
        p.effectiveDate = effectiveDate;
        p.feeCode = original.feeCode;
        p.description = "Reversal of #" + original.id + ": " + original.description;
        if (p.description.length() > 500) {
            p.description = p.description.substring(0, 500);
        }
        p.causeType = "reversal";
        p.causeId = String.valueOf(original.id);
        p.reversesPostingId = original.id;
        p.permitId = original.permitId;
        p.reason = reason;
        for (PostingLine l : original.lines) {
            p.lines.add(new PostingLine(p, l.getAccount(), l.getAmount().negate()));
        }
        return p;
    }

    /** Ledger: money given back from {@code payment}: the customer's account is debited, the county's receipts credited. */
    public static Posting refund(
            Posting payment,
            Account customer,
            Account receipts,
            Money amount,
            String feeCode,
            String description,
            String causeId,
            String reason,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        Posting p = between(
                customer, receipts, amount, feeCode, description, "refund", causeId, effectiveDate, postedAt, postedBy);
        p.refundsPostingId = payment.id;
        p.reason = reason;
        return p;
    }

    /** Ledger: what is left unpaid of {@code charge} cleared: the fee's revenue account is debited, the customer's credited. */
    public static Posting writeOff(
            Posting charge,
            Account customer,
            Account revenue,
            Money amount,
            String causeId,
            String reason,
            LocalDate effectiveDate,
            Instant postedAt,
            String postedBy) {
        Posting p = between(
                revenue,
                customer,
                amount,
                charge.feeCode,
                "Write-off of #" + charge.id + ": "
                        + charge.description.substring(0, Math.min(charge.description.length(), 450)),
                "write-off",
                causeId,
                effectiveDate,
                postedAt,
                postedBy);
        p.writesOffPostingId = charge.id;
        p.permitId = charge.permitId;
        p.reason = reason;
        return p;
    }

    public Long getReversesPostingId() {
        return reversesPostingId;
    }

    public Long getRefundsPostingId() {
        return refundsPostingId;
    }

    public Long getWritesOffPostingId() {
        return writesOffPostingId;
    }

    public String getReason() {
        return reason;
    }

    public Money total() {
        return lines.stream().map(PostingLine::getAmount).reduce(Money.ZERO, Money::plus);
    }

    public Long getId() {
        return id;
    }

    public Instant getPostedAt() {
        return postedAt;
    }

    public String getPostedBy() {
        return postedBy;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getFeeCode() {
        return feeCode;
    }

    public String getDescription() {
        return description;
    }

    public String getCauseType() {
        return causeType;
    }

    public String getCauseId() {
        return causeId;
    }

    public List<PostingLine> getLines() {
        return List.copyOf(lines);
    }
}

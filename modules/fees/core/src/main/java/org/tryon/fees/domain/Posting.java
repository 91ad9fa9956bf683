package org.tryon.fees.domain;

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
 * at most once, enforced by a unique key so a redelivered event cannot post twice.
 */
@Entity
@Immutable
@Table(name = "fees_posting", uniqueConstraints = @UniqueConstraint(columnNames = {"cause_type", "cause_id", "fee_code"}))
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

    @OneToMany(mappedBy = "posting", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<PostingLine> lines = new ArrayList<>();

    protected Posting() {
    }

    /** A charge to a customer's account, credited to the fee's revenue account. */
    public static Posting charge(Account customer, Account revenue, Money amount, String feeCode, String description, String causeType,
            String causeId, LocalDate effectiveDate, Instant postedAt, String postedBy) {
        return between(customer, revenue, amount, feeCode, description, causeType, causeId, effectiveDate, postedAt, postedBy);
    }

    /**
     * A credit to a customer's account for a fee's cause (seed 001: a re-inspection fee credit,
     * "effectively reduced permit fees"): the fee's revenue account is debited, the customer's
     * account credited. The other direction of {@link #charge}.
     */
    public static Posting credit(Account customer, Account revenue, Money amount, String feeCode, String description, String causeType,
            String causeId, LocalDate effectiveDate, Instant postedAt, String postedBy) {
        return between(revenue, customer, amount, feeCode, description, causeType, causeId, effectiveDate, postedAt, postedBy);
    }

    /** A payment received from a customer: the county's receipts account is debited, the customer's account credited. */
    public static Posting payment(Account customer, Account receipts, Money amount, String feeCode, String description, String causeType,
            String causeId, LocalDate effectiveDate, Instant postedAt, String postedBy) {
        return between(receipts, customer, amount, feeCode, description, causeType, causeId, effectiveDate, postedAt, postedBy);
    }

    private static Posting between(Account debited, Account credited, Money amount, String feeCode, String description, String causeType,
            String causeId, LocalDate effectiveDate, Instant postedAt, String postedBy) {
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

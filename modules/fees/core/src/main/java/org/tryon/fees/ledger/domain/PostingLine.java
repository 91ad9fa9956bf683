package org.tryon.fees.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.tryon.platform.money.Money;

/** One side of a posting: a positive amount debits the account (the customer owes it), a negative one credits it. */
@Entity
@Immutable
@Table(name = "fees_posting_line")
public class PostingLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "posting_id", nullable = false)
    private Posting posting;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Column(nullable = false, precision = 15, scale = 2)
    private Money amount;

    protected PostingLine() {}

    PostingLine(Posting posting, Account account, Money amount) {
        this.posting = posting;
        this.account = account;
        this.amount = amount;
    }

    public Long getId() {
        return id;
    }

    public Posting getPosting() {
        return posting;
    }

    public Account getAccount() {
        return account;
    }

    public Money getAmount() {
        return amount;
    }
}

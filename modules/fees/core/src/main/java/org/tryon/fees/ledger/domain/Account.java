package org.tryon.fees.ledger.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.tryon.platform.kernel.PermitHolder;

/**
 * An account of the ledger. A customer account belongs to a contractor firm (its bonded billing
 * account, 108.7) or another applicant; a revenue account collects one kind of fee for the county.
 *
 * <p>Invariant: the code is unique and never changes; the balance is never stored, always the
 * sum of the account's posting lines.
 */
@Entity
@Table(name = "fees_account")
@Audited
public class Account {

    /** A customer's account, a fee's revenue account, or the county's cash receipts. */
    public enum Kind {
        CUSTOMER,
        REVENUE,
        CASH
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 200)
    private String name;

    /** The contractor firm's id in permitting, for a contractor's account; no foreign key across modules. */
    @Column(name = "contractor_id")
    private Long contractorId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Version
    private long version;

    protected Account() {}

    private Account(String code, Kind kind, String name, Long contractorId, Instant openedAt) {
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.contractorId = contractorId;
        this.openedAt = openedAt;
    }

    /** The account of a permit holder: a contractor firm's bonded billing account (108.7) or an owner's (108.8 C). */
    public static Account forHolder(PermitHolder holder, Instant openedAt) {
        return new Account(
                codeOf(holder),
                Kind.CUSTOMER,
                holder.name(),
                holder.kind() == PermitHolder.Kind.CONTRACTOR ? holder.id() : null,
                openedAt);
    }

    public static String codeOf(PermitHolder holder) {
        return holder.kind().name() + "-" + holder.id();
    }

    /** Licensing examinations: a candidate's account for exam fees ({@code CANDIDATE-<id>}), a customer account like any other. */
    public static Account forCandidate(long candidateId, String name, Instant openedAt) {
        return new Account(codeOfCandidate(candidateId), Kind.CUSTOMER, name, null, openedAt);
    }

    public static String codeOfCandidate(long candidateId) {
        return "CANDIDATE-" + candidateId;
    }

    public static Account cash(Instant openedAt) {
        return new Account("CASH", Kind.CASH, "Cash receipts", null, openedAt);
    }

    public static Account revenue(String feeCode, Instant openedAt) {
        return new Account(
                "REVENUE-" + feeCode,
                Kind.REVENUE,
                "Revenue: " + feeCode.toLowerCase().replace('_', ' '),
                null,
                openedAt);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public Long getContractorId() {
        return contractorId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }
}

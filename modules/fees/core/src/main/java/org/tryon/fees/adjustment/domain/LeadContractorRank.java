package org.tryon.fees.adjustment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.tryon.platform.kernel.Trade;

/**
 * A line of the Small Project Lead Contractor Schedule (Re-Inspection Fee Program, "available from Code
 * Enforcement"; its text is not in the specification): on a project with multiple trades and no
 * general contractor, the holder of the permit of the highest-ranked trade (rank 1 first) is the
 * lead contractor. Effective-dated like the adjustment schedule: the ranks in force on a day are
 * those of the latest {@code effectiveFrom} on or before it. The seeded ranks are an assumption for
 * the department to confirm.
 */
@Entity
@Immutable
@Table(name = "fees_lead_contractor_rank")
public class LeadContractorRank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "trade_rank", nullable = false)
    private int rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    protected LeadContractorRank() {}

    public LeadContractorRank(LocalDate effectiveFrom, int rank, Trade trade) {
        this.effectiveFrom = effectiveFrom;
        this.rank = rank;
        this.trade = trade;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public int getRank() {
        return rank;
    }

    public Trade getTrade() {
        return trade;
    }
}

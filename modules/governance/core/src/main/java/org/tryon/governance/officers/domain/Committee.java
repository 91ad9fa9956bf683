package org.tryon.governance.officers.domain;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tryon.governance.roster.domain.Commission;

/**
 * A subcommittee or task force the BDC establishes "as required to perform its duties" (107.1.4 C),
 * or a subcommittee for the licensing of construction trades it organises and administers (107.1.5
 * C). It is a body of its own ({@link Commission}: seats, appointments, meetings, agendas, votes,
 * minutes) with a parent; its members are drawn from the parent's members unless the charter says
 * otherwise (a licensing subcommittee may seat people of the trade); its quorum is a majority of
 * its seats unless set.
 */
@Entity
@Table(name = "gov_committee")
public class Committee {

    /** A subcommittee or task force (107.1.4 C), or a licensing subcommittee (107.1.5 C). */
    public enum Kind {
        SUBCOMMITTEE,
        TASK_FORCE,
        LICENSING
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commission_id", nullable = false, unique = true)
    private Commission commission;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "parent_id", nullable = false)
    private Commission parent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Kind kind;

    @Column(nullable = false, length = 1000)
    private String purpose;

    @Column(length = 20)
    private String trade;

    private Integer quorum;

    @Column(name = "members_from_parent", nullable = false)
    private boolean membersFromParent;

    @Column(name = "established_on", nullable = false)
    private LocalDate establishedOn;

    @Column(name = "established_by", nullable = false, length = 100)
    private String establishedBy;

    @Column(name = "dissolved_on")
    private LocalDate dissolvedOn;

    @Version
    private long version;

    protected Committee() {}

    public Committee(
            Commission commission,
            Commission parent,
            Kind kind,
            String purpose,
            String trade,
            Integer quorum,
            boolean membersFromParent,
            LocalDate establishedOn,
            String establishedBy) {
        this.commission = commission;
        this.parent = parent;
        this.kind = kind;
        this.purpose = purpose.trim();
        this.trade = trade == null || trade.isBlank() ? null : trade.trim().toUpperCase();
        this.quorum = quorum;
        this.membersFromParent = membersFromParent;
        this.establishedOn = establishedOn;
        this.establishedBy = establishedBy.trim();
    }

    public Long getId() {
        return id;
    }

    public Commission getCommission() {
        return commission;
    }

    public Commission getParent() {
        return parent;
    }

    public Kind getKind() {
        return kind;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getTrade() {
        return trade;
    }

    public Integer getQuorum() {
        return quorum;
    }

    public boolean isMembersFromParent() {
        return membersFromParent;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    public String getEstablishedBy() {
        return establishedBy;
    }

    public LocalDate getDissolvedOn() {
        return dissolvedOn;
    }
}

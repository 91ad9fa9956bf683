package org.tryon.governance.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Motion;

/**
 * A certified copy of a resolution made for an interested party (107.1.4 A): the clerk who certifies it and when. Its PDF
 * (the resolution's text, the vote of each member, the certification) is generated from this record and the resolution,
 * the same every time. Never changed nor deleted (the database refuses it).
 */
@Entity
@Table(name = "gov_certified_copy")
public class CertifiedCopy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false)
    private Motion resolution;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "party_id", nullable = false)
    private InterestedParty party;

    @Column(name = "certified_at", nullable = false)
    private LocalDateTime certifiedAt;

    @Column(name = "certified_by", nullable = false, length = 100)
    private String certifiedBy;

    protected CertifiedCopy() {}

    public CertifiedCopy(InterestedParty party, LocalDateTime certifiedAt, String certifiedBy) {
        InterestedParty.requireResolution(party.getResolution());
        this.resolution = party.getResolution();
        this.party = party;
        this.certifiedAt = certifiedAt;
        this.certifiedBy = certifiedBy;
    }

    public Long getId() {
        return id;
    }

    public Motion getResolution() {
        return resolution;
    }

    public InterestedParty getParty() {
        return party;
    }

    public LocalDateTime getCertifiedAt() {
        return certifiedAt;
    }

    public String getCertifiedBy() {
        return certifiedBy;
    }
}

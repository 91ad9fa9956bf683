package org.tryon.governance.tab.domain;

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
import java.time.LocalDateTime;
import org.tryon.governance.roster.domain.Person;
import org.tryon.permitting.api.PermitParties.PartyKind;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * A member's link to a party on permitting's record — a contractor firm they work for or own, a
 * design professional they are or work with, an owner — kept by permitting's id with the name as
 * it read when linked. Tryon proposes a conflict of interest (107.2.4 J.1) when a linked party is a
 * party to the permit or project of an agenda item. Removed, never deleted: the record shows which
 * links stood when a meeting was held.
 */
@Entity
@Table(name = "gov_member_link")
public class MemberLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, length = 20)
    private PartyKind partyKind;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "party_name", nullable = false, length = 200)
    private String partyName;

    @Column(length = 300)
    private String note;

    @Column(name = "added_at", nullable = false)
    private LocalDateTime addedAt;

    @Column(name = "added_by", nullable = false, length = 100)
    private String addedBy;

    @Column(name = "removed_at")
    private LocalDateTime removedAt;

    @Column(name = "removed_by", length = 100)
    private String removedBy;

    @Version
    private long version;

    protected MemberLink() {}

    public MemberLink(
            Person person,
            PartyKind partyKind,
            long partyId,
            String partyName,
            String note,
            LocalDateTime addedAt,
            String addedBy) {
        this.person = person;
        this.partyKind = partyKind;
        this.partyId = partyId;
        this.partyName = partyName;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.addedAt = addedAt;
        this.addedBy = addedBy;
    }

    /** Ends the link from {@code at}; once. */
    public void remove(LocalDateTime at, String by) {
        if (removedAt != null) {
            throw new RuleViolationException(
                    "linkId", "link.removed-once", "The link was removed on " + UsFormat.date(removedAt.toLocalDate()));
        }
        this.removedAt = at;
        this.removedBy = by;
    }

    public boolean active() {
        return removedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public PartyKind getPartyKind() {
        return partyKind;
    }

    public long getPartyId() {
        return partyId;
    }

    public String getPartyName() {
        return partyName;
    }

    public String getNote() {
        return note;
    }

    public LocalDateTime getAddedAt() {
        return addedAt;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public LocalDateTime getRemovedAt() {
        return removedAt;
    }

    public String getRemovedBy() {
        return removedBy;
    }
}

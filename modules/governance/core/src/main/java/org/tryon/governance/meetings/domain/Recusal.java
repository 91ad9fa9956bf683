package org.tryon.governance.meetings.domain;

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
import org.tryon.governance.roster.domain.Person;

/**
 * A member's declared conflict of interest with an agenda item (107.2.4 J.1; G.S. 160D-109): the
 * member takes no part in the item — not the discussion, not the concurrence, not a vote — and the
 * item's quorum is counted without them. Declared once; never edited (it is part of the record).
 */
@Entity
@Table(name = "gov_recusal")
public class Recusal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    @Column(nullable = false, length = 500)
    private String reason;

    protected Recusal() {}

    public Recusal(AgendaItem item, Person person, LocalDateTime declaredAt, String reason) {
        this.item = item;
        this.person = person;
        this.declaredAt = declaredAt;
        this.reason = reason.trim();
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }

    public String getReason() {
        return reason;
    }
}

package org.tryon.governance.tab.domain;

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
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.governance.roster.domain.Person;

/** A present member's concurrence with the chair's pro/con summary of an item (107.2.4 I); one per member and item, never edited. */
@Entity
@Table(name = "gov_tab_concurrence")
public class Concurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "concurred_at", nullable = false)
    private LocalDateTime concurredAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Concurrence() {}

    public Concurrence(AgendaItem item, Person person, LocalDateTime concurredAt, String recordedBy) {
        this.item = item;
        this.person = person;
        this.concurredAt = concurredAt;
        this.recordedBy = recordedBy;
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

    public LocalDateTime getConcurredAt() {
        return concurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

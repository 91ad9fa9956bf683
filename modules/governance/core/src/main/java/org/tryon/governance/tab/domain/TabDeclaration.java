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
import org.tryon.governance.meetings.domain.Meeting;
import org.tryon.governance.roster.domain.Person;

/**
 * A present member's declaration at the beginning of a TAB meeting (107.2.4 J.1): whether they have a
 * conflict of interest with any project or agenda item, including a recommendation that would benefit
 * them. The conflicts themselves are the member's recusals on the items; this row records that the
 * member declared, and how many conflicts. Once per member and meeting.
 */
@Entity
@Table(name = "gov_tab_declaration")
public class TabDeclaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "declared_at", nullable = false)
    private LocalDateTime declaredAt;

    @Column(nullable = false)
    private int conflicts;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected TabDeclaration() {}

    public TabDeclaration(Meeting meeting, Person person, LocalDateTime declaredAt, int conflicts, String recordedBy) {
        this.meeting = meeting;
        this.person = person;
        this.declaredAt = declaredAt;
        this.conflicts = conflicts;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDateTime getDeclaredAt() {
        return declaredAt;
    }

    public int getConflicts() {
        return conflicts;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}

package org.tryon.governance.meetings.domain;

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
import org.hibernate.envers.Audited;

/**
 * An item on a meeting's agenda. For the BDC, a request to include an item with its detailed
 * information and list of speakers (107.1.4 G); for the TAB, a topic with the written summary of
 * the problem, the related code sections, the proposed interpretation and its rationale
 * (107.2.4 H), from inside or outside the department, submitted to a trade code administrator
 * (107.2.4 G). The TAB's agenda is old business, then new business (107.2.4 C).
 */
@Entity
@Table(name = "gov_agenda_item")
@Audited
public class AgendaItem {

    public enum Section {
        OLD_BUSINESS,
        NEW_BUSINESS,
        OTHER
    }

    public enum Status {
        ON_AGENDA,
        WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Section section;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 2000)
    private String detail;

    @Column(name = "requested_by", nullable = false, length = 150)
    private String requestedBy;

    @Column(name = "received_at", nullable = false)
    private LocalDateTime receivedAt;

    @Column(length = 1000)
    private String speakers;

    @Column(length = 2000)
    private String problem;

    @Column(name = "code_sections", length = 500)
    private String codeSections;

    @Column(name = "proposed_interpretation", length = 2000)
    private String proposedInterpretation;

    @Column(length = 2000)
    private String rationale;

    @Column(name = "from_department", nullable = false)
    private boolean fromDepartment;

    @Column(name = "submitted_to", length = 100)
    private String submittedTo;

    @Column(name = "permit_number", length = 40)
    private String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Status status = Status.ON_AGENDA;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Version
    private long version;

    protected AgendaItem() {}

    public AgendaItem(
            Meeting meeting,
            Section section,
            int position,
            String title,
            String detail,
            String requestedBy,
            LocalDateTime receivedAt,
            String speakers,
            String recordedBy) {
        this.meeting = meeting;
        this.section = section;
        this.position = position;
        this.title = title.trim();
        this.detail = blank(detail);
        this.requestedBy = requestedBy.trim();
        this.receivedAt = receivedAt;
        this.speakers = blank(speakers);
        this.recordedBy = recordedBy;
    }

    /** The TAB topic's written summary (107.2.4 H) and where it came from (107.2.4 G). */
    public void topic(
            String problem,
            String codeSections,
            String proposedInterpretation,
            String rationale,
            boolean fromDepartment,
            String submittedTo,
            String permitNumber) {
        this.problem = blank(problem);
        this.codeSections = blank(codeSections);
        this.proposedInterpretation = blank(proposedInterpretation);
        this.rationale = blank(rationale);
        this.fromDepartment = fromDepartment;
        this.submittedTo = blank(submittedTo);
        this.permitNumber = blank(permitNumber);
    }

    public void withdraw() {
        this.status = Status.WITHDRAWN;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Section getSection() {
        return section;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDetail() {
        return detail;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDateTime getReceivedAt() {
        return receivedAt;
    }

    public String getSpeakers() {
        return speakers;
    }

    public String getProblem() {
        return problem;
    }

    public String getCodeSections() {
        return codeSections;
    }

    public String getProposedInterpretation() {
        return proposedInterpretation;
    }

    public String getRationale() {
        return rationale;
    }

    public boolean isFromDepartment() {
        return fromDepartment;
    }

    public String getSubmittedTo() {
        return submittedTo;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public Status getStatus() {
        return status;
    }
}

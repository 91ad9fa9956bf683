package org.tryon.licensing.checkin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A name change an exam administrator approved for a candidate (marriage certificate, court order): check-in then
 * accepts an identity document in this name in place of the registered one. Append-only.
 */
@Entity
@Table(name = "lic_name_change")
public class NameChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "name_on_document", nullable = false, length = 150)
    private String nameOnDocument;

    @Column(nullable = false, length = 400)
    private String evidence;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NameChange() {}

    public NameChange(long candidateId, String nameOnDocument, String evidence, String recordedBy, Instant recordedAt) {
        if (nameOnDocument == null
                || nameOnDocument.isBlank()
                || nameOnDocument.trim().length() > 150) {
            throw new RuleViolationException(
                    "nameOnDocument",
                    "required",
                    "Give the name as the identity document prints it (at most 150 characters)");
        }
        if (evidence == null || evidence.isBlank() || evidence.trim().length() > 400) {
            throw new RuleViolationException(
                    "evidence",
                    "name-change.evidence",
                    "Name the evidence of the change (a marriage certificate, a court order; at most 400 characters)");
        }
        this.candidateId = candidateId;
        this.nameOnDocument = nameOnDocument.trim().replaceAll("\\s+", " ");
        this.evidence = evidence.trim();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getNameOnDocument() {
        return nameOnDocument;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

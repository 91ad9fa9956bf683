package org.tryon.licensing.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A result of an attempt, append-only (107.1.5 C.2: "records of examinations"): a first score, a rescore after an
 * accepted item challenge or appeal, or an invalidation is a new row naming the row it replaces, which becomes
 * SUPERSEDED; no score is ever edited. Exactly one row per attempt is not SUPERSEDED: the current result.
 */
@Entity
@Table(name = "lic_result")
public class ExamResult {

    public static final String VALID = "VALID";
    public static final String SUPERSEDED = "SUPERSEDED";
    public static final String INVALIDATED = "INVALIDATED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(name = "raw_score", nullable = false)
    private int rawScore;

    @Column(name = "item_count", nullable = false)
    private int itemCount;

    @Column(nullable = false, precision = 5, scale = 2)
    private BigDecimal percent;

    @Column(name = "cut_score_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal cutScorePercent;

    @Column(nullable = false)
    private boolean passed;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "supersedes_result_id")
    private Long supersedesResultId;

    @Column(nullable = false, length = 400)
    private String reason;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ExamResult() {}

    /**
     * A new row. An invalidated result never passes.
     *
     * @param supersedes the current row it replaces, or null for the first score
     */
    public ExamResult(
            long attemptId,
            long candidateId,
            String certificateType,
            long formId,
            LocalDate takenOn,
            ScoreSheet.Score score,
            boolean invalidated,
            ExamResult supersedes,
            String reason,
            String recordedBy,
            Instant recordedAt) {
        this.attemptId = attemptId;
        this.candidateId = candidateId;
        this.certificateType = Objects.requireNonNull(certificateType);
        this.formId = formId;
        this.takenOn = Objects.requireNonNull(takenOn);
        this.rawScore = score.raw();
        this.itemCount = score.questions();
        this.percent = score.percent();
        this.cutScorePercent = score.cutScorePercent();
        this.passed = !invalidated && score.passed();
        this.status = invalidated ? INVALIDATED : VALID;
        this.reason = shorten(Objects.requireNonNull(reason));
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        if (supersedes != null) {
            if (supersedes.attemptId != attemptId || SUPERSEDED.equals(supersedes.status)) {
                throw new IllegalArgumentException(
                        "Result " + supersedes.id + " is not the current result of attempt " + attemptId);
            }
            this.supersedesResultId = supersedes.id;
            supersedes.status = SUPERSEDED;
        }
    }

    private static String shorten(String s) {
        return s.length() <= 400 ? s : s.substring(0, 397) + "...";
    }

    public boolean isInvalidated() {
        return INVALIDATED.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public long getCandidateId() {
        return candidateId;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public long getFormId() {
        return formId;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public int getRawScore() {
        return rawScore;
    }

    public int getItemCount() {
        return itemCount;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getCutScorePercent() {
        return cutScorePercent;
    }

    public boolean isPassed() {
        return passed;
    }

    public String getStatus() {
        return status;
    }

    public Long getSupersedesResultId() {
        return supersedesResultId;
    }

    public String getReason() {
        return reason;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}

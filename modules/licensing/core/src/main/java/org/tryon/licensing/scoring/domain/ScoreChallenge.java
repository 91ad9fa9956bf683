package org.tryon.licensing.scoring.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * An item challenge (a candidate says a question's key is wrong) or a score appeal (a candidate says their result
 * is wrong), filed by the candidate through staff and decided by the licensing subcommittee (107.1.5 C), which
 * records its decision, the day and its reference. An accepted item challenge rescores every attempt of a form
 * that used the item version, either crediting every answer or applying a corrected key; an accepted appeal
 * rescores the candidate's attempt. Each rescore is a new result row (107.1.5 C.2), never an edit.
 */
@Entity
@Table(name = "lic_challenge")
public class ScoreChallenge {

    public static final String ITEM_CHALLENGE = "ITEM_CHALLENGE";
    public static final String SCORE_APPEAL = "SCORE_APPEAL";
    public static final String FILED = "FILED";
    public static final String ACCEPTED = "ACCEPTED";
    public static final String REJECTED = "REJECTED";
    public static final String CREDIT_ALL = "CREDIT_ALL";
    public static final String KEY_CHANGED = "KEY_CHANGED";
    public static final String RESCORE = "RESCORE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(name = "result_id", nullable = false)
    private long resultId;

    @Column(name = "attempt_id", nullable = false)
    private long attemptId;

    private Integer position;

    @Column(name = "item_version_id")
    private Long itemVersionId;

    @Column(nullable = false, length = 2000)
    private String grounds;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "filed_by", nullable = false, length = 100)
    private String filedBy;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decision_reference", length = 100)
    private String decisionReference;

    @Column(length = 2000)
    private String decision;

    @Column(length = 20)
    private String resolution;

    @Column(name = "corrected_option", length = 1)
    private String correctedOption;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Version
    private long version;

    protected ScoreChallenge() {}

    public ScoreChallenge(
            String kind,
            long resultId,
            long attemptId,
            Integer position,
            Long itemVersionId,
            String grounds,
            LocalDate filedOn,
            String filedBy) {
        if (!ITEM_CHALLENGE.equals(kind) && !SCORE_APPEAL.equals(kind)) {
            throw new RuleViolationException(
                    "kind", "one of", "A challenge is an ITEM_CHALLENGE or a SCORE_APPEAL, not '" + kind + "'");
        }
        if (ITEM_CHALLENGE.equals(kind) && (position == null || itemVersionId == null)) {
            throw new RuleViolationException(
                    "position", "required", "An item challenge names the question's position on the form");
        }
        if (grounds == null || grounds.isBlank()) {
            throw new RuleViolationException("grounds", "required", "A challenge or appeal states its grounds");
        }
        this.kind = kind;
        this.resultId = resultId;
        this.attemptId = attemptId;
        this.position = ITEM_CHALLENGE.equals(kind) ? position : null;
        this.itemVersionId = ITEM_CHALLENGE.equals(kind) ? itemVersionId : null;
        this.grounds = grounds.trim();
        this.filedOn = Objects.requireNonNull(filedOn);
        this.filedBy = Objects.requireNonNull(filedBy);
        this.status = FILED;
    }

    /**
     * 107.1.5 C: the subcommittee's decision. An accepted item challenge says how the item is scored from now on
     * (CREDIT_ALL, or KEY_CHANGED with the corrected letter); an accepted appeal is a RESCORE.
     */
    public void decide(
            boolean accepted,
            LocalDate on,
            String reference,
            String text,
            String resolution,
            String correctedOption,
            String by) {
        if (!FILED.equals(status)) {
            throw new RuleViolationException(
                    "challenge",
                    "107.1.5 C",
                    "Challenge " + id + " was already decided on " + UsFormat.date(decidedOn));
        }
        if (on == null) {
            throw new RuleViolationException(
                    "decidedOn", "required", "The day of the subcommittee's decision is required");
        }
        if (on.isBefore(filedOn)) {
            throw new RuleViolationException(
                    "decidedOn",
                    "107.1.5 C",
                    "A decision (" + UsFormat.date(on) + ") cannot precede the filing (" + UsFormat.date(filedOn)
                            + ")");
        }
        if (reference == null || reference.isBlank()) {
            throw new RuleViolationException(
                    "reference", "107.1.5 C", "The subcommittee's decision is recorded with its reference");
        }
        String res = null;
        String corrected = null;
        if (accepted && ITEM_CHALLENGE.equals(kind)) {
            if (CREDIT_ALL.equals(resolution)) {
                res = CREDIT_ALL;
            } else if (KEY_CHANGED.equals(resolution)) {
                if (correctedOption == null || !correctedOption.trim().matches("[A-Za-z]")) {
                    throw new RuleViolationException(
                            "correctedOption", "required", "A changed key names the corrected letter");
                }
                res = KEY_CHANGED;
                corrected = correctedOption.trim().toUpperCase();
            } else {
                throw new RuleViolationException(
                        "resolution",
                        "one of",
                        "An accepted item challenge either credits every answer (CREDIT_ALL) or changes the key (KEY_CHANGED)");
            }
        } else if (accepted) {
            res = RESCORE;
        }
        this.status = accepted ? ACCEPTED : REJECTED;
        this.decidedOn = on;
        this.decisionReference = reference.trim();
        this.decision = text == null || text.isBlank() ? null : text.trim();
        this.resolution = res;
        this.correctedOption = corrected;
        this.decidedBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getResultId() {
        return resultId;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public Integer getPosition() {
        return position;
    }

    public Long getItemVersionId() {
        return itemVersionId;
    }

    public String getGrounds() {
        return grounds;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public String getDecision() {
        return decision;
    }

    public String getResolution() {
        return resolution;
    }

    public String getCorrectedOption() {
        return correctedOption;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}

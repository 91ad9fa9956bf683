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
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.AgendaItem;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The TAB's recommendation on an item, and what became of it. It binds no one (107.2.4 K, 107.2.5 G):
 * the relevant trade code administrator gives it strong consideration in proposing the department's
 * interpretation to the administrator, and records that proposal here; the administrator's decision is
 * recorded beside it and may depart from both. One recommendation per item.
 */
@Entity
@Table(name = "gov_tab_recommendation")
public class TabRecommendation {

    /** The administrator's decision on the proposed interpretation (107.2.5 G: the TAB's recommendation does not overrule it). */
    public enum Decision {
        ADOPTED,
        MODIFIED,
        NOT_ADOPTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @Column(nullable = false, length = 2000)
    private String text;

    @Column(name = "made_at", nullable = false)
    private LocalDateTime madeAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "proposed_interpretation", length = 2000)
    private String proposedInterpretation;

    @Column(name = "proposed_by", length = 100)
    private String proposedBy;

    @Column(name = "proposed_on")
    private LocalDate proposedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 12)
    private Decision decision;

    @Column(name = "decision_text", length = 2000)
    private String decisionText;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Version
    private long version;

    protected TabRecommendation() {}

    public TabRecommendation(AgendaItem item, String text, LocalDateTime madeAt, String recordedBy) {
        this.item = item;
        this.text = text.trim();
        this.madeAt = madeAt;
        this.recordedBy = recordedBy;
    }

    /** 107.2.4 K: the trade code administrator's proposed interpretation to the administrator, after the recommendation, once. */
    public void propose(String interpretation, String by, LocalDate on) {
        if (proposedInterpretation != null) {
            throw new RuleViolationException(
                    "interpretation",
                    "107.2.4 K proposed-once",
                    "107.2.4 K: the interpretation was proposed on " + UsFormat.date(proposedOn) + " by " + proposedBy);
        }
        if (on.isBefore(madeAt.toLocalDate())) {
            throw new RuleViolationException(
                    "proposedOn",
                    "107.2.4 K after-recommendation",
                    "107.2.4 K: the interpretation is proposed on or " + "after the recommendation ("
                            + UsFormat.date(madeAt.toLocalDate()) + ")");
        }
        this.proposedInterpretation = interpretation.trim();
        this.proposedBy = by;
        this.proposedOn = on;
    }

    /** 107.2.5 G: the administrator decides the interpretation proposed; once. The TAB's recommendation does not overrule the decision. */
    public void decide(Decision decision, String text, String by, LocalDate on) {
        if (proposedInterpretation == null) {
            throw new RuleViolationException(
                    "decision",
                    "107.2.4 K proposal-first",
                    "107.2.4 K: the administrator decides on the interpretation the trade code administrator proposed; none is proposed yet");
        }
        if (this.decision != null) {
            throw new RuleViolationException(
                    "decision",
                    "107.2.5 G decided-once",
                    "107.2.5 G: the administrator decided on " + UsFormat.date(decidedOn));
        }
        if (on.isBefore(proposedOn)) {
            throw new RuleViolationException(
                    "decidedOn",
                    "107.2.5 G after-proposal",
                    "The decision is on or after the proposal (" + UsFormat.date(proposedOn) + ")");
        }
        if (decision != Decision.ADOPTED && (text == null || text.isBlank())) {
            throw new RuleViolationException(
                    "text",
                    "107.2.5 G decision-stated",
                    "107.2.5 G: state the interpretation the administrator decided");
        }
        this.decision = decision;
        this.decisionText = text == null || text.isBlank() ? proposedInterpretation : text.trim();
        this.decidedBy = by;
        this.decidedOn = on;
    }

    public Long getId() {
        return id;
    }

    public AgendaItem getItem() {
        return item;
    }

    public String getText() {
        return text;
    }

    public LocalDateTime getMadeAt() {
        return madeAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getProposedInterpretation() {
        return proposedInterpretation;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public LocalDate getProposedOn() {
        return proposedOn;
    }

    public Decision getDecision() {
        return decision;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }
}

package org.tryon.permitting.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.module.domain.Appeal;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The appeal of an order (108.12.1, 108.12.7): when the written notice of appeal was filed, by whom
 * and on what grounds, and then what the body appealed to decided (affirm, modify and affirm, or
 * revoke), when, and why. One appeal per order; decided once. What every appeal states is
 * {@link Appeal}'s; the window (108.12.1, 108.12.7) is checked by {@link EnforcementAction#appeal}.
 */
@Entity
@Audited
@Table(name = "perm_enforcement_appeal")
public class EnforcementAppeal extends Appeal {

    @Column(name = "action_id", nullable = false, unique = true)
    private Long actionId;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private AppealOutcome outcome;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "decided_by", length = 200)
    private String decidedBy;

    @Column(name = "decision_reasons", length = 2000)
    private String decisionReasons;

    @Column(name = "decision_recorded_by", length = 60)
    private String decisionRecordedBy;

    @Version
    private long version;

    protected EnforcementAppeal() {}

    EnforcementAppeal(Long actionId, LocalDate filedOn, String appellant, String grounds, Act recorded) {
        super(filedOn, appellant, grounds, recorded, "108.12.7");
        this.actionId = actionId;
    }

    /** 108.12.7: the body appealed to affirms, modifies and affirms, or revokes the order; once. */
    void decide(
            AppealOutcome outcome,
            LocalDate decidedOn,
            String decidedBy,
            String reasons,
            LocalDate today,
            String recordedBy) {
        if (this.outcome != null) {
            throw new RuleViolationException(
                    "outcome",
                    "108.12.7 decided-once",
                    "The appeal was already decided (" + this.outcome.label().toLowerCase() + " on "
                            + UsFormat.date(this.decidedOn) + ")");
        }
        if (decidedOn.isBefore(getFiledOn()) || decidedOn.isAfter(today)) {
            throw new RuleViolationException(
                    "decidedOn",
                    "108.12.7 decision-date",
                    "The decision is dated between the appeal (" + UsFormat.date(getFiledOn()) + ") and today ("
                            + UsFormat.date(today) + ")");
        }
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.decidedBy = decidedBy.trim();
        this.decisionReasons = reasons.trim();
        this.decisionRecordedBy = recordedBy;
    }

    public Long getActionId() {
        return actionId;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionReasons() {
        return decisionReasons;
    }

    public String getDecisionRecordedBy() {
        return decisionRecordedBy;
    }
}

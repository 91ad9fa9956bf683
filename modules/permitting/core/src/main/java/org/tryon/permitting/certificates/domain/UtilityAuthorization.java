package org.tryon.permitting.certificates.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * An authorization to connect utility service before an electrical or mechanical permit is finaled:
 * temporary utilities (108.11.1) or a limited conditional utility (108.11.2), with who asked, on
 * what conditions, who granted it, and from and to which day.
 *
 * <p>Invariants (our reading of the sections' titles; their text is not at hand): only on an
 * electrical or mechanical permit ("before the Electric/Mechanical Permit is Finaled") that is
 * issued or whose work has commenced; the request, the conditions and the last day are stated; the
 * last day is not before the first. What it states is never edited; it may only be withdrawn, once.
 */
@Entity
@Audited
@Table(name = "perm_utility_authorization")
public class UtilityAuthorization {

    public enum Standing {
        IN_EFFECT,
        ENDED,
        WITHDRAWN
    }

    private static final EnumSet<Trade> TRADES = EnumSet.of(Trade.ELECTRICAL, Trade.MECHANICAL);
    private static final EnumSet<PermitStatus> OPEN = EnumSet.of(PermitStatus.ISSUED, PermitStatus.WORK_COMMENCED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UtilityKind kind;

    @Column(name = "requested_by", nullable = false, length = 200)
    private String requestedBy;

    @Column(nullable = false, length = 2000)
    private String conditions;

    /** Who granted it, when: granted_on, granted_at, granted_by, granted_as (none: "for the Administrator"). */
    @Embedded
    private Act granted;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    /**
     * Who withdrew it, when: withdrawn_on, withdrawn_at, withdrawn_by, withdrawn_as; none while it
     * stands. Withdrawn before ADR 0044's amendment: no instant, no office.
     */
    @Embedded
    private Act withdrawn;

    @Column(name = "withdrawn_reason", length = 1000)
    private String withdrawnReason;

    @Version
    private long version;

    protected UtilityAuthorization() {}

    /** 108.11.1, 108.11.2: grants the authorization, or refuses with every reason and its section. */
    public static UtilityAuthorization grant(
            PermitOnStructure permit,
            UtilityKind kind,
            String requestedBy,
            String conditions,
            Act granted,
            LocalDate endsOn) {
        List<Violation> refusals = new ArrayList<>(permitRefusals(permit, kind.section()));
        if (requestedBy == null || requestedBy.isBlank()) {
            refusals.add(new Violation("requestedBy", "required", "Say who asked for the utility service"));
        }
        if (conditions == null || conditions.isBlank()) {
            refusals.add(new Violation(
                    "conditions",
                    kind.section() + " conditions",
                    kind.section() + ": state the conditions of the service"));
        }
        if (endsOn == null) {
            refusals.add(new Violation("endsOn", "required", "Give the last day of the authorization"));
        } else if (endsOn.isBefore(granted.on())) {
            refusals.add(new Violation(
                    "endsOn",
                    "not-before-grant",
                    "The authorization cannot end (" + UsFormat.date(endsOn) + ") before it is granted ("
                            + UsFormat.date(granted.on()) + ")"));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        UtilityAuthorization a = new UtilityAuthorization();
        a.permitId = permit.id();
        a.permitNumber = permit.number();
        a.kind = kind;
        a.requestedBy = requestedBy.trim();
        a.conditions = conditions.trim();
        a.granted = granted;
        a.endsOn = endsOn;
        return a;
    }

    /**
     * 108.11.1, 108.11.2: what about the permit itself refuses utilities (its trade, its state), each
     * reason naming {@code section}; empty when the permit may have them.
     */
    public static List<Violation> permitRefusals(PermitOnStructure permit, String section) {
        List<Violation> refusals = new ArrayList<>();
        if (!TRADES.contains(permit.trade())) {
            refusals.add(new Violation(
                    "permitId",
                    section + " trade",
                    section + ": utilities are authorized on an electrical or " + "mechanical permit; "
                            + permit.number() + " is a "
                            + permit.trade().label().toLowerCase() + " permit"));
        }
        if (!OPEN.contains(permit.status())) {
            refusals.add(new Violation(
                    "permitId",
                    section + " open-permit",
                    section + ": permit " + permit.number() + " is "
                            + permit.status().label()
                            + "; utilities are authorized only before the permit is finaled, on an issued permit"));
        }
        return refusals;
    }

    /** Withdraws the authorization (conditions not kept, or no longer needed); once. */
    public void withdraw(Act withdrawal, String reason) {
        if (withdrawn != null) {
            throw new RuleViolationException(
                    "id",
                    kind.section() + " withdrawn",
                    "This authorization was withdrawn on " + UsFormat.date(withdrawn.on()));
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("reason", "required", "Say why the authorization is withdrawn");
        }
        this.withdrawn = withdrawal;
        this.withdrawnReason = reason.trim();
    }

    /** In effect from the day granted through its last day, unless withdrawn. */
    public Standing standingOn(LocalDate day) {
        if (withdrawn != null && !day.isBefore(withdrawn.on())) {
            return Standing.WITHDRAWN;
        }
        return day.isAfter(endsOn) ? Standing.ENDED : Standing.IN_EFFECT;
    }

    public Long getId() {
        return id;
    }

    public long getPermitId() {
        return permitId;
    }

    public String getPermitNumber() {
        return permitNumber;
    }

    public UtilityKind getKind() {
        return kind;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getConditions() {
        return conditions;
    }

    public Act getGranted() {
        return granted;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    /** Who withdrew it, when; {@code null} while it stands. */
    public Act getWithdrawn() {
        return withdrawn;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }
}

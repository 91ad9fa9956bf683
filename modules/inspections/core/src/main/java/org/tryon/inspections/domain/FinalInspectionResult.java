package org.tryon.inspections.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * The record that the final inspection of a permit's work passed (108.3: the Department keeps a
 * record of each inspection made; 108.10; 108.11.4: the certificate follows the final inspection).
 * A minimal record until the full model of inspection results (passed, failed, partial, with
 * defects and re-inspections) comes with the inspections issue; it keeps only what permitting
 * needs to final the permit.
 *
 * <p>Invariants: one final per permit; the permit is issued and still allows work (108.8.1); the
 * inspection is a final inspection of the permit's trade; it was made on or after the permit's
 * issue and not in the future.
 */
@Entity
@Table(name = "insp_final_result")
@Audited
public class FinalInspectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false, unique = true)
    private long permitId;

    @Column(name = "permit_number", nullable = false, length = 30)
    private String permitNumber;

    @Column(name = "inspection_type", nullable = false, length = 40)
    private String inspectionType;

    @Column(name = "passed_on", nullable = false)
    private LocalDate passedOn;

    @Column(nullable = false, length = 60)
    private String inspector;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected FinalInspectionResult() {
    }

    /**
     * The final inspection of {@code type} on {@code permit} passed on {@code passedOn}; refused,
     * with every reason and its section, unless the rules of the class hold.
     */
    public static FinalInspectionResult passed(InspectablePermit permit, InspectionType type, LocalDate passedOn, LocalDate today,
            String inspector, Instant recordedAt) {
        List<RuleViolationException.Violation> refusals = new ArrayList<>();
        if (!permit.acceptsRequests()) {
            refusals.add(new RuleViolationException.Violation("permitId", "108.8.1",
                    "108.8.1, 108.10: permit " + permit.getPermitNumber() + " is " + permit.getStatus().label()
                            + "; a final inspection is made only under an issued permit whose work is not ended"));
        }
        if (!type.isFinalInspection()) {
            refusals.add(new RuleViolationException.Violation("inspectionType", "108.11.4 final-inspection",
                    "108.11.4: " + type.getName() + " is not a final inspection"));
        }
        if (type.getTrade() != permit.getTrade()) {
            refusals.add(new RuleViolationException.Violation("inspectionType", "108.10 trade",
                    "108.10: " + type.getName() + " is an inspection of " + type.getTrade().label().toLowerCase() + " work; permit "
                            + permit.getPermitNumber() + " is for " + permit.getTrade().label().toLowerCase() + " work"));
        }
        if (passedOn.isAfter(today)) {
            refusals.add(new RuleViolationException.Violation("passedOn", "not-future", "An inspection cannot pass on a day to come (" + passedOn + ")"));
        } else if (passedOn.isBefore(permit.getIssuedOn())) {
            refusals.add(new RuleViolationException.Violation("passedOn", "108.10 A",
                    "108.10 A: the permit was issued on " + permit.getIssuedOn() + "; no inspection under it was made before"));
        }
        if (!refusals.isEmpty()) {
            throw new RuleViolationException(refusals);
        }
        FinalInspectionResult r = new FinalInspectionResult();
        r.permitId = permit.getPermitId();
        r.permitNumber = permit.getPermitNumber();
        r.inspectionType = type.getCode();
        r.passedOn = passedOn;
        r.inspector = inspector;
        r.recordedAt = recordedAt;
        return r;
    }

    public Long getId() { return id; }
    public long getPermitId() { return permitId; }
    public String getPermitNumber() { return permitNumber; }
    public String getInspectionType() { return inspectionType; }
    public LocalDate getPassedOn() { return passedOn; }
    public String getInspector() { return inspector; }
    public Instant getRecordedAt() { return recordedAt; }
}

package org.tryon.inspections.thirdparties.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * 108.10.4 (106 "Inspection Count"): a permit whose base fee includes a number of inspections: a
 * designated project (108.10.4.2), or an owner acting as contractor (108.10.4.3). Inspections made
 * are counted; each one beyond the allocation is told to fees. The text of 108.10.4 is not in the
 * seed (it stops at page 22): the allocation is data set per permit, with a setting as the
 * owner-as-contractor default.
 */
@Entity
@Table(name = "insp_allocation")
@Audited
public class InspectionAllocation {

    public enum Basis {
        DESIGNATED_PROJECT("Designated project (108.10.4.2)"),
        OWNER_AS_CONTRACTOR("Owner as contractor (108.10.4.3)");

        private final String label;

        Basis(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @Column(name = "permit_id")
    private Long permitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Basis basis;

    @Column(name = "included_inspections", nullable = false)
    private int includedInspections;

    @Column(name = "set_by", nullable = false, length = 60)
    private String setBy;

    @Version
    private long version;

    protected InspectionAllocation() {}

    public InspectionAllocation(long permitId, Basis basis, int includedInspections, String setBy) {
        this.permitId = permitId;
        this.basis = basis;
        change(includedInspections, setBy);
    }

    public void change(int included, String by) {
        if (included < 0 || included > 500) {
            throw new RuleViolationException(
                    "includedInspections", "108.10.4", "108.10.4: the inspections included are 0 to 500");
        }
        this.includedInspections = included;
        this.setBy = by;
    }

    /** Whether the {@code count}-th inspection under the permit is beyond what the base fee includes. */
    public boolean beyond(long count) {
        return count > includedInspections;
    }

    public Long getPermitId() {
        return permitId;
    }

    public Basis getBasis() {
        return basis;
    }

    public int getIncludedInspections() {
        return includedInspections;
    }

    public String getSetBy() {
        return setBy;
    }
}

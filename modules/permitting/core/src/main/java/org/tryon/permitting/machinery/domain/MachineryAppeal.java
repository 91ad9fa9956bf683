package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.module.domain.Appeal;
import org.tryon.platform.errors.RuleViolationException;

/**
 * 108.10 G.2, G.3 E: the owner's appeal of exceptions taken to the industrial machinery list: when
 * it was filed, by whom and on what grounds. The items appealed carry the appeal; the outcome for
 * each item (upheld or reversed) is a determination of its own, so the appeal as filed is never
 * changed. G.2 sets no time limit (it refers to the department's appeal process), so none is
 * applied; an appeal is filed on or before today ({@link Appeal}, what every appeal states).
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_appeal")
public class MachineryAppeal extends Appeal {

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    protected MachineryAppeal() {}

    private MachineryAppeal(long permitId, LocalDate filedOn, String appellant, String grounds, Act recorded) {
        super(filedOn, appellant, grounds, recorded, "108.10 G.2");
        this.permitId = permitId;
    }

    /** G.2: an appeal of the exceptions taken to {@code items}, all on the permit, each appealable ({@link MachineryItem#appeal}). */
    public static MachineryAppeal filed(
            long permitId,
            List<MachineryItem> items,
            LocalDate filedOn,
            String appellant,
            String grounds,
            Act recorded) {
        if (items.isEmpty()) {
            throw new RuleViolationException(
                    "itemIds", "108.10 G.2 items", "108.10 G.2: say which exceptions the owner appeals");
        }
        if (items.stream().anyMatch(i -> i.getPermitId() != permitId)) {
            throw new RuleViolationException(
                    "itemIds", "108.10 G.2 items", "An appeal concerns items of this permit's list");
        }
        return new MachineryAppeal(permitId, filedOn, appellant, grounds, recorded);
    }

    public Long getPermitId() {
        return permitId;
    }
}

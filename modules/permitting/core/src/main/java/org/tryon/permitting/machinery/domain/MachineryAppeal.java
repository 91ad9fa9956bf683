package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * 108.10 G.2, G.3 E: the owner's appeal of exceptions taken to the industrial machinery list: when
 * it was filed, by whom and on what grounds. The items appealed carry the appeal; the outcome for
 * each item (upheld or reversed) is a determination of its own, so the appeal as filed is never
 * changed. G.2 sets no time limit (it refers to the department's appeal process), so none is
 * applied; an appeal is filed on or before today.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_appeal")
public class MachineryAppeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(nullable = false, length = 200)
    private String appellant;

    @Column(nullable = false, length = 2000)
    private String grounds;

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MachineryAppeal() {
    }

    /** G.2: an appeal of the exceptions taken to {@code items}, all on the permit, each appealable ({@link MachineryItem#appeal}). */
    public static MachineryAppeal filed(long permitId, List<MachineryItem> items, LocalDate filedOn, String appellant, String grounds,
            Act recorded) {
        if (items.isEmpty()) {
            throw new RuleViolationException("itemIds", "108.10 G.2 items", "108.10 G.2: say which exceptions the owner appeals");
        }
        if (items.stream().anyMatch(i -> i.getPermitId() != permitId)) {
            throw new RuleViolationException("itemIds", "108.10 G.2 items", "An appeal concerns items of this permit's list");
        }
        if (filedOn.isAfter(recorded.on())) {
            throw new RuleViolationException("filedOn", "108.10 G.2 filing-date", "An appeal is recorded once filed; it cannot be filed after today");
        }
        MachineryAppeal a = new MachineryAppeal();
        a.permitId = permitId;
        a.filedOn = filedOn;
        a.appellant = appellant.trim();
        a.grounds = grounds.trim();
        a.recordedBy = recorded.by();
        a.recordedAt = recorded.at();
        return a;
    }

    public Long getId() { return id; }
    public Long getPermitId() { return permitId; }
    public LocalDate getFiledOn() { return filedOn; }
    public String getAppellant() { return appellant; }
    public String getGrounds() { return grounds; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

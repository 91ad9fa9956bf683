package org.tryon.permitting.machinery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.permitting.enforcement.domain.WrittenNotice;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * 108.10 G.3 F: the electrical inspector observed an industrial machinery installation the inspector
 * considers unsafe, and used the option of advising the owner (or the owner's electrical contractor)
 * and OSHA. Records what was observed, on which item if it is on the list, and whom the inspector
 * advised when. Never changed once recorded.
 *
 * <p>Rules: the record is of advice given: to the owner or contractor (named, dated), to OSHA
 * (dated), or both; advice is not given before the observation nor in the future; the item, if
 * named, is on the permit's list.
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_machinery_unsafe_report")
public class UnsafeInstallationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "permit_id", nullable = false)
    private Long permitId;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "observed_on", nullable = false)
    private LocalDate observedOn;

    @Column(nullable = false, length = 2000)
    private String conditions;

    @Enumerated(EnumType.STRING)
    @Column(name = "advised_party", length = 30)
    private AdvisedParty advisedParty;

    @Column(name = "advised_name", length = 200)
    private String advisedName;

    @Column(name = "advised_on")
    private LocalDate advisedOn;

    @Column(name = "osha_advised_on")
    private LocalDate oshaAdvisedOn;

    @Column(name = "osha_contact", length = 200)
    private String oshaContact;

    /**
     * Who recorded it, when (recorded_on, recorded_at, recorded_by, recorded_as). Recorded before
     * ADR 0044's amendment: the day as the county's date of the instant, no office.
     */
    @Embedded
    private Act recorded;

    protected UnsafeInstallationReport() {}

    /** Whom the owner's side advised: the owner or the owner's electrical contractor, named, on a day. */
    public record OwnerAdvice(AdvisedParty party, String name, LocalDate on) {}

    /** G.3 F: the unsafe installation observed on {@code observedOn}, on {@code item} (null: not an item of the list). */
    public static UnsafeInstallationReport of(
            long permitId,
            MachineryItem item,
            LocalDate observedOn,
            String conditions,
            OwnerAdvice owner,
            LocalDate oshaAdvisedOn,
            String oshaContact,
            Act recorded) {
        if (item != null && item.getPermitId() != permitId) {
            throw new RuleViolationException(
                    "itemId", "108.10 G.3 F item", "Item " + item.getNumber() + " is on another permit's list");
        }
        if (observedOn.isAfter(recorded.on())) {
            throw new RuleViolationException(
                    "observedOn", "108.10 G.3 F observed", "An observation is recorded once made; not in the future");
        }
        boolean ownerAdvised = owner != null && owner.party() != null;
        if (!ownerAdvised && oshaAdvisedOn == null) {
            throw new RuleViolationException(
                    "advisedParty",
                    "108.10 G.3 F advised",
                    "108.10 G.3 F: record whom the inspector advised: the owner or the owner's electrical contractor, OSHA, or both");
        }
        if (ownerAdvised && (owner.name() == null || owner.name().isBlank() || owner.on() == null)) {
            throw new RuleViolationException(
                    owner.on() == null ? "advisedOn" : "advisedName",
                    "108.10 G.3 F advised",
                    "Say whom of the " + owner.party().label().toLowerCase()
                            + " the inspector advised, and on which day");
        }
        checkAdviceDate(ownerAdvised ? owner.on() : null, "advisedOn", observedOn, recorded.on());
        checkAdviceDate(oshaAdvisedOn, "oshaAdvisedOn", observedOn, recorded.on());
        UnsafeInstallationReport r = new UnsafeInstallationReport();
        r.permitId = permitId;
        r.itemId = item == null ? null : item.getId();
        r.observedOn = observedOn;
        r.conditions = conditions.trim();
        if (ownerAdvised) {
            r.advisedParty = owner.party();
            r.advisedName = owner.name().trim();
            r.advisedOn = owner.on();
        }
        r.oshaAdvisedOn = oshaAdvisedOn;
        r.oshaContact = WrittenNotice.optional(oshaContact);
        r.recorded = recorded;
        return r;
    }

    private static void checkAdviceDate(LocalDate advised, String field, LocalDate observedOn, LocalDate today) {
        if (advised != null && (advised.isBefore(observedOn) || advised.isAfter(today))) {
            throw new RuleViolationException(
                    field,
                    "108.10 G.3 F advised",
                    "Advice is given between the observation (" + UsFormat.date(observedOn) + ") and today ("
                            + UsFormat.date(today) + ")");
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPermitId() {
        return permitId;
    }

    public Long getItemId() {
        return itemId;
    }

    public LocalDate getObservedOn() {
        return observedOn;
    }

    public String getConditions() {
        return conditions;
    }

    public AdvisedParty getAdvisedParty() {
        return advisedParty;
    }

    public String getAdvisedName() {
        return advisedName;
    }

    public LocalDate getAdvisedOn() {
        return advisedOn;
    }

    public LocalDate getOshaAdvisedOn() {
        return oshaAdvisedOn;
    }

    public String getOshaContact() {
        return oshaContact;
    }

    public Act getRecorded() {
        return recorded;
    }
}

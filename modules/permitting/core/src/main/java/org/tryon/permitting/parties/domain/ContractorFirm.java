package org.tryon.permitting.parties.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * A contractor firm (106 "General Contractor", "Electrical Contractor", "Master Plumber", "State
 * Mechanical License") with its state licenses, its point of contact (106) and its surety bonds
 * (108.7).
 *
 * <p>Invariants: a name and a point of contact; permits for a trade's work are issued only while
 * the firm holds a license for that trade that has not expired (108.8 G) and has a bond on file
 * (108.7).
 */
@Entity
@Table(name = "perm_contractor")
@Audited
public class ContractorFirm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private PointOfContact pointOfContact;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @OneToMany(mappedBy = "firm", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @NotAudited
    private List<ContractorLicense> licenses = new ArrayList<>();

    @OneToMany(mappedBy = "firm", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    @NotAudited
    private List<SuretyBond> bonds = new ArrayList<>();

    @Version
    private long version;

    protected ContractorFirm() {}

    public ContractorFirm(String name, PointOfContact pointOfContact, Instant registeredAt) {
        this.name = name.trim();
        this.pointOfContact = pointOfContact;
        this.registeredAt = registeredAt;
    }

    public ContractorLicense addLicense(
            LicenseBoard board, String number, String classification, Trade trade, LocalDate expiresOn) {
        ContractorLicense license = new ContractorLicense(this, board, number, classification, trade, expiresOn);
        licenses.add(license);
        return license;
    }

    public SuretyBond fileBond(String surety, String bondNumber, Money amount, LocalDate effectiveOn) {
        SuretyBond bond = new SuretyBond(this, surety, bondNumber, amount, effectiveOn);
        bonds.add(bond);
        return bond;
    }

    public void changePointOfContact(PointOfContact contact) {
        this.pointOfContact = contact;
    }

    /** 108.8 G: the license that lets the firm do {@code trade} work on {@code day}, if it holds one. */
    public Optional<ContractorLicense> licenseFor(Trade trade, LocalDate day) {
        return licenses.stream().filter(l -> l.countsFor(trade, day)).findFirst();
    }

    /** 108.7: a bond in force on {@code day}, if there is one. */
    public Optional<SuretyBond> bondOnFile(LocalDate day) {
        return bonds.stream().filter(b -> b.onFile(day)).findFirst();
    }

    /**
     * 108.8 G: refuses, naming the section, unless the firm holds a license for {@code trade} that
     * has not expired on {@code day}; a license for another trade or an expired one does not count.
     */
    public ContractorLicense requireLicenseFor(Trade trade, LocalDate day, String field) {
        return licenseFor(trade, day).orElseThrow(() -> {
            Optional<ContractorLicense> expired =
                    licenses.stream().filter(l -> l.getTrade() == trade).findFirst();
            String why = expired.map(l -> "its " + trade.label() + " license " + l.getNumber() + " expired on "
                            + UsFormat.date(l.getExpiresOn()))
                    .orElse("it holds no " + trade.label() + " license");
            return new RuleViolationException(
                    field,
                    "108.8 G",
                    "108.8 G: " + name + " is not duly licensed for " + trade.label() + " work on " + UsFormat.date(day)
                            + ": " + why + "; the permit is issued only for work by a contractor licensed for it");
        });
    }

    /** The trades the firm is licensed for on {@code day}. */
    public List<Trade> tradesOn(LocalDate day) {
        return licenses.stream()
                .filter(l -> !day.isAfter(l.getExpiresOn()))
                .map(ContractorLicense::getTrade)
                .distinct()
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public PointOfContact getPointOfContact() {
        return pointOfContact;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public List<ContractorLicense> getLicenses() {
        return Collections.unmodifiableList(licenses);
    }

    public List<SuretyBond> getBonds() {
        return Collections.unmodifiableList(bonds);
    }

    public long getVersion() {
        return version;
    }
}

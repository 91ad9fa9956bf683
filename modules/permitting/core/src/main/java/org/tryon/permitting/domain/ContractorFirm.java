package org.tryon.permitting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.tryon.permitting.api.Trade;

/**
 * A contractor firm licensed by a state board for a trade (106 "General Contractor", "Electrical
 * Contractor", "Master Plumber", "State Mechanical License"). Permits for a trade's work are
 * issued only to a firm licensed for it (108.8 G).
 *
 * <p>Invariants: a name, a state license number and a trade; one firm per license number and trade.
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

    @Column(name = "license_number", nullable = false, length = 30)
    private String licenseNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Trade trade;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected ContractorFirm() {
    }

    public ContractorFirm(String name, String licenseNumber, Trade trade, Instant registeredAt) {
        this.name = name.trim();
        this.licenseNumber = licenseNumber.trim().toUpperCase();
        this.trade = trade;
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLicenseNumber() {
        return licenseNumber;
    }

    public Trade getTrade() {
        return trade;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}

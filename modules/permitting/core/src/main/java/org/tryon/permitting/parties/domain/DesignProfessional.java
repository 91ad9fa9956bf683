package org.tryon.permitting.parties.domain;

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

/**
 * A North Carolina registered architect (106 "Architect", G.S. 83A), engineer (106 "Engineer",
 * G.S. 89C) or landscape architect (G.S. 89A) whose seal plans may bear (108.8 E).
 */
@Entity
@Table(name = "perm_design_professional")
@Audited
public class DesignProfessional {

    /** The registered professions whose seal 108.8 E accepts. */
    public enum Profession {
        ARCHITECT("Architect", "G.S. 83A"),
        ENGINEER("Engineer", "G.S. 89C"),
        LANDSCAPE_ARCHITECT("Landscape architect", "G.S. 89A");

        private final String label;
        private final String statute;

        Profession(String label, String statute) {
            this.label = label;
            this.statute = statute;
        }

        public String label() {
            return label;
        }

        public String statute() {
            return statute;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Profession profession;

    @Column(name = "registration_number", nullable = false, length = 30)
    private String registrationNumber;

    @Column(name = "firm_name", length = 200)
    private String firmName;

    @Column(nullable = false, length = 300)
    private String address;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected DesignProfessional() {}

    public DesignProfessional(
            String name,
            Profession profession,
            String registrationNumber,
            String firmName,
            String address,
            Instant registeredAt) {
        this.name = name.trim();
        this.profession = profession;
        this.registrationNumber = registrationNumber.trim().toUpperCase();
        this.firmName = firmName == null || firmName.isBlank() ? null : firmName.trim();
        this.address = address.trim();
        this.registeredAt = registeredAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Profession getProfession() {
        return profession;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public String getFirmName() {
        return firmName;
    }

    public String getAddress() {
        return address;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getVersion() {
        return version;
    }
}

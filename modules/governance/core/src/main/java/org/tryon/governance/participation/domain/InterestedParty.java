package org.tryon.governance.participation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.tryon.governance.meetings.domain.Motion;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A party interested in a BDC resolution, named by the clerk, to whom a certified copy is sent (107.1.4 A: "Every action
 * shall be by resolution with certified copies of the resolution sent to interested parties"). Only a resolution (a
 * carried BDC motion with its number) has interested parties.
 */
@Entity
@Table(name = "gov_interested_party")
public class InterestedParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "motion_id", nullable = false)
    private Motion resolution;

    @Column(nullable = false, length = 150)
    private String name;

    @Column(length = 300)
    private String address;

    @Column(length = 254)
    private String email;

    @Column(name = "named_at", nullable = false)
    private LocalDateTime namedAt;

    @Column(name = "named_by", nullable = false, length = 100)
    private String namedBy;

    protected InterestedParty() {}

    public InterestedParty(
            Motion resolution, String name, String address, String email, LocalDateTime namedAt, String namedBy) {
        requireResolution(resolution);
        if ((address == null || address.isBlank()) && (email == null || email.isBlank())) {
            throw new RuleViolationException(
                    "address",
                    "107.1.4 A party-reachable",
                    "107.1.4 A: a certified copy is sent to the party; give "
                            + "a postal address or an e-mail address");
        }
        this.resolution = resolution;
        this.name = name.trim();
        this.address = address == null || address.isBlank() ? null : address.trim();
        this.email = email == null || email.isBlank() ? null : email.trim();
        this.namedAt = namedAt;
        this.namedBy = namedBy;
    }

    /** 107.1.4 A: certified copies are of resolutions, the carried BDC motions that have a number. */
    public static void requireResolution(Motion motion) {
        if (motion.getStatus() != Motion.Status.CARRIED || motion.getResolutionNumber() == null) {
            throw new RuleViolationException(
                    "motionId",
                    "107.1.4 A resolution",
                    "107.1.4 A: certified copies are made of a BDC resolution "
                            + "(a carried motion with its number); this motion is "
                            + motion.getStatus().name().toLowerCase()
                            + (motion.getResolutionNumber() == null ? " and has no resolution number" : ""));
        }
    }

    public Long getId() {
        return id;
    }

    public Motion getResolution() {
        return resolution;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public String getEmail() {
        return email;
    }

    public LocalDateTime getNamedAt() {
        return namedAt;
    }

    public String getNamedBy() {
        return namedBy;
    }
}

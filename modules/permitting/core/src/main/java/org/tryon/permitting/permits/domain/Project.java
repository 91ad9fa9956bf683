package org.tryon.permitting.permits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.tryon.permitting.parties.domain.Owner;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

/**
 * A construction project on one parcel: what is built, for whom, how big and for what use. The
 * permits of its trades hang on it, its plans go through review, and it is classified (106
 * "Residential Project", "Commercial Project", "Mega Project", "Upfit"; Re-Inspection Fee Program small or large).
 *
 * <p>Invariants: an upfit names the approved shell drawings (106 "Upfit"); sizes are not negative;
 * a project once abandoned (106 "Abandoned Projects") takes no more plans or permits.
 */
@Entity
@Table(name = "perm_project")
@Audited
public class Project {

    public enum State {
        OPEN,
        ABANDONED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private ProjectAddress address;

    /** The county's parcel identification number (PIN). */
    @Column(nullable = false, length = 20)
    private String pin;

    /**
     * The PIN's digits without its dashes, derived by the database ({@code REPLACE(pin, '-', '')}, a persistent
     * column with its own index): the permit and project searches match a typed PIN against its start. Read only.
     */
    @NotAudited
    @Column(name = "pin_digits", insertable = false, updatable = false, length = 20)
    private String pinDigits;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    private Owner owner;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(name = "construction_value", nullable = false, precision = 15, scale = 2)
    private Money constructionValue;

    @Column(name = "gross_square_feet", nullable = false)
    private int grossSquareFeet;

    @Column(name = "height_feet", nullable = false, precision = 7, scale = 2)
    private BigDecimal heightFeet;

    @Enumerated(EnumType.STRING)
    @Column(name = "occupancy_group", nullable = false, length = 10)
    private OccupancyGroup occupancyGroup;

    @Column(name = "mixed_use", nullable = false)
    private boolean mixedUse;

    @Column(name = "smoke_compartments", nullable = false)
    private int smokeCompartments;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Dwelling dwelling;

    @Enumerated(EnumType.STRING)
    @Column(name = "work_type", nullable = false, length = 20)
    private WorkType workType;

    /** 106 "Upfit": the approved shell drawings of the entire building (their reference in the department's records). */
    @Column(name = "shell_drawings", length = 200)
    private String shellDrawings;

    /** 106 "Abandoned Projects" exception: a federal department or agency reviews the project. */
    @Column(name = "federal_review", nullable = false)
    private boolean federalReview;

    @Column(name = "mega_designated_by", length = 60)
    private String megaDesignatedBy;

    @Column(name = "mega_designated_on")
    private LocalDate megaDesignatedOn;

    @Column(name = "mega_designation_reason", length = 500)
    private String megaDesignationReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(name = "abandoned_on")
    private LocalDate abandonedOn;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Version
    private long version;

    protected Project() {}

    public Project(
            String name,
            ProjectAddress address,
            String pin,
            Owner owner,
            String description,
            Money constructionValue,
            int grossSquareFeet,
            BigDecimal heightFeet,
            OccupancyGroup occupancyGroup,
            boolean mixedUse,
            int smokeCompartments,
            Dwelling dwelling,
            WorkType workType,
            String shellDrawings,
            boolean federalReview,
            LocalDate createdOn) {
        if (constructionValue.isNegative()) {
            throw new RuleViolationException(
                    "constructionValue", "not-negative", "The construction value cannot be negative");
        }
        if (workType == WorkType.UPFIT && (shellDrawings == null || shellDrawings.isBlank())) {
            throw new RuleViolationException(
                    "shellDrawings",
                    "106 Upfit",
                    "106 Upfit: the applicant must provide a copy of the approved shell drawings for the entire building");
        }
        if (dwelling.residential() && occupancyGroup.family() != OccupancyGroup.Family.RESIDENTIAL) {
            throw new RuleViolationException(
                    "occupancyGroup",
                    "106 dwelling-occupancy",
                    "A one- or two-family dwelling is a residential occupancy (R), not " + occupancyGroup.label());
        }
        this.name = name.trim();
        this.address = address;
        this.pin = pin.trim();
        this.owner = owner;
        this.description = description.trim();
        this.constructionValue = constructionValue;
        this.grossSquareFeet = grossSquareFeet;
        this.heightFeet = heightFeet;
        this.occupancyGroup = occupancyGroup;
        this.mixedUse = mixedUse;
        this.smokeCompartments = smokeCompartments;
        this.dwelling = dwelling;
        this.workType = workType;
        this.shellDrawings = shellDrawings == null || shellDrawings.isBlank() ? null : shellDrawings.trim();
        this.federalReview = federalReview;
        this.state = State.OPEN;
        this.createdOn = createdOn;
    }

    /** 106 "Residential Project" (one- and two-family dwellings) or "Commercial Project" (all other work). */
    public boolean isResidential() {
        return dwelling.residential();
    }

    /** 106 "Mega Project", last bullet: the Director or his designee designates a project of similar size or complexity. */
    public void designateMega(String by, LocalDate on, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(
                    "reason",
                    "106 Mega Project",
                    "106 Mega Project: say why the project needs staff resources comparable to the listed mega projects");
        }
        this.megaDesignatedBy = by;
        this.megaDesignatedOn = on;
        this.megaDesignationReason = reason.trim();
    }

    /** 106 "Abandoned Projects": no resubmittal and no permit within the days allowed after the last review result. */
    public void abandon(LocalDate on) {
        requireOpen("state");
        this.state = State.ABANDONED;
        this.abandonedOn = on;
    }

    public void requireOpen(String field) {
        if (state == State.ABANDONED) {
            throw new RuleViolationException(
                    field,
                    "106 Abandoned Projects",
                    "106 Abandoned Projects: project " + name + " was abandoned on " + UsFormat.date(abandonedOn)
                            + "; a new application and plan review are needed");
        }
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public ProjectAddress getAddress() {
        return address;
    }

    public String getPin() {
        return pin;
    }

    public Owner getOwner() {
        return owner;
    }

    public String getDescription() {
        return description;
    }

    public Money getConstructionValue() {
        return constructionValue;
    }

    public int getGrossSquareFeet() {
        return grossSquareFeet;
    }

    public BigDecimal getHeightFeet() {
        return heightFeet;
    }

    public OccupancyGroup getOccupancyGroup() {
        return occupancyGroup;
    }

    public boolean isMixedUse() {
        return mixedUse;
    }

    public int getSmokeCompartments() {
        return smokeCompartments;
    }

    public Dwelling getDwelling() {
        return dwelling;
    }

    public WorkType getWorkType() {
        return workType;
    }

    public String getShellDrawings() {
        return shellDrawings;
    }

    public boolean isFederalReview() {
        return federalReview;
    }

    public String getMegaDesignatedBy() {
        return megaDesignatedBy;
    }

    public LocalDate getMegaDesignatedOn() {
        return megaDesignatedOn;
    }

    public String getMegaDesignationReason() {
        return megaDesignationReason;
    }

    public State getState() {
        return state;
    }

    public LocalDate getAbandonedOn() {
        return abandonedOn;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public long getVersion() {
        return version;
    }
}

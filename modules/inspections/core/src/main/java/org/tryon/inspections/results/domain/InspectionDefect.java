package org.tryon.inspections.results.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/**
 * A defect an inspection found: the code section, what is wrong and where (108.10). 108.10 D: "No
 * part of the building system shall be covered until inspected and approved": the defect stays
 * open until a later inspection of the permit passes it, and the record of which inspection did so
 * is kept.
 */
@Entity
@Table(name = "insp_defect")
@Audited
public class InspectionDefect {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false)
    private InspectionResult result;

    @Column(name = "permit_id", nullable = false)
    private long permitId;

    @Column(name = "inspection_type", nullable = false, length = 40)
    private String inspectionType;

    @Column(name = "code_section", nullable = false, length = 40)
    private String codeSection;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(nullable = false, length = 200)
    private String location;

    @Column(name = "library_entry_id")
    private Long libraryEntryId;

    @Column(length = 500)
    private String note;

    @Column(name = "found_on", nullable = false)
    private LocalDate foundOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "corrected_by_result_id")
    private InspectionResult correctedBy;

    @Column(name = "corrected_on")
    private LocalDate correctedOn;

    @Version
    private long version;

    protected InspectionDefect() {}

    InspectionDefect(InspectionResult result, InspectionResult.NewDefect d) {
        this.result = result;
        this.permitId = result.getPermitId();
        this.inspectionType = result.getInspectionType();
        this.codeSection = d.codeSection().trim();
        this.description = d.description().trim();
        this.location = d.location().trim();
        this.libraryEntryId = d.libraryEntryId();
        this.note = d.note() == null || d.note().isBlank() ? null : d.note().trim();
        this.foundOn = result.getInspectedAt().toLocalDate();
    }

    /** 108.10 D: a later inspection passed the corrected work. */
    void correctedBy(InspectionResult passing) {
        this.correctedBy = passing;
        this.correctedOn = passing.getInspectedAt().toLocalDate();
    }

    public boolean isOpen() {
        return correctedBy == null;
    }

    public Long getId() {
        return id;
    }

    public InspectionResult getResult() {
        return result;
    }

    public long getPermitId() {
        return permitId;
    }

    public String getInspectionType() {
        return inspectionType;
    }

    public String getCodeSection() {
        return codeSection;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    /** The defect library entry its code section and wording came from (ADR 0051); none when written out. */
    public Long getLibraryEntryId() {
        return libraryEntryId;
    }

    /** The inspector's note on this defect. */
    public String getNote() {
        return note;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public LocalDate getCorrectedOn() {
        return correctedOn;
    }

    public Long getCorrectedByResultId() {
        return correctedBy == null ? null : correctedBy.getId();
    }
}

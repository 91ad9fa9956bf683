package org.tryon.licensing.itembank.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.text.UsFormat;

/**
 * The content outline of a certificate type's examination (107.1.5 C): how many items each content area contributes
 * to a form, effective-dated (the outline in force on a day is the one with the latest {@code effectiveFrom} on or
 * before it; a change is a new outline, never an edit). Its total is the number of questions of the exam rule in force
 * on its first day (106, the examination rules).
 */
@Entity
@Table(name = "lic_content_outline")
public class ContentOutline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(nullable = false, length = 400)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lic_content_outline_area", joinColumns = @JoinColumn(name = "outline_id"))
    @OrderBy("position")
    private List<OutlineArea> areas = new ArrayList<>();

    protected ContentOutline() {}

    /**
     * An outline of {@code counts} (content area to items, in the form's order) whose total must equal {@code questions}
     * (the exam rule's number of questions).
     */
    public ContentOutline(
            String certificateType,
            LocalDate effectiveFrom,
            Map<String, Integer> counts,
            int questions,
            String note,
            String by,
            Instant at) {
        List<Violation> problems = new ArrayList<>();
        if (effectiveFrom == null) {
            problems.add(new Violation("effectiveFrom", "required", "Give the day from which the outline applies"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new Violation("note", "required", "Say why the outline is set (the subcommittee's decision)"));
        } else if (note.length() > 400) {
            problems.add(new Violation("note", "max-length", "at most 400 characters"));
        }
        if (counts == null || counts.isEmpty()) {
            problems.add(new Violation(
                    "areas", "required", "An outline names at least one content area and its number of items"));
        } else {
            Set<String> seen = new HashSet<>();
            int total = 0;
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String area = e.getKey() == null ? null : e.getKey().strip();
                if (area == null || area.isEmpty() || area.length() > 80) {
                    problems.add(
                            new Violation("areas", "content-area", "A content area is named in 1 to 80 characters"));
                } else if (!seen.add(area)) {
                    problems.add(
                            new Violation("areas", "distinct-areas", "The content area '" + area + "' is named twice"));
                }
                if (e.getValue() == null || e.getValue() < 1) {
                    problems.add(new Violation(
                            "areas", "positive", "The content area '" + area + "' needs at least one item"));
                } else {
                    total += e.getValue();
                }
            }
            if (problems.isEmpty() && total != questions) {
                problems.add(new Violation(
                        "areas",
                        "106 questions",
                        "The outline counts " + total + " items but the examination rule in force" + " on "
                                + UsFormat.date(effectiveFrom) + " has " + questions + " questions"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        this.certificateType = Objects.requireNonNull(certificateType);
        this.effectiveFrom = effectiveFrom;
        this.note = note.strip();
        this.recordedBy = by;
        this.recordedAt = at;
        int position = 1;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            areas.add(new OutlineArea(position++, e.getKey().strip(), e.getValue()));
        }
    }

    public int total() {
        return areas.stream().mapToInt(OutlineArea::getItems).sum();
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<OutlineArea> getAreas() {
        return List.copyOf(areas);
    }
}

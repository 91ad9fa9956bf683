package org.tryon.licensing.itembank.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;

/**
 * A form: the items of one examination in their order, each position holding the exact item version (107.1.5 C.2:
 * the record of what a candidate was asked). Assembled by the content outline as a DRAFT, reviewed, then LOCKED (its
 * versions become administered and never change) and finally RETIRED.
 */
@Entity
@Table(name = "lic_form")
public class ExamForm {

    public static final java.util.regex.Pattern CODE =
            java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FormStatus status;

    @Version
    private long version;

    @Column(name = "outline_id")
    private Long outlineId;

    @Column
    private Long seed;

    @Column(name = "assembled_at")
    private Instant assembledAt;

    @Column(name = "assembled_by", length = 100)
    private String assembledBy;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @Column(name = "locked_by", length = 100)
    private String lockedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lic_form_item", joinColumns = @JoinColumn(name = "form_id"))
    @OrderBy("position")
    private List<FormItem> items = new ArrayList<>();

    protected ExamForm() {}

    public ExamForm(
            String certificateType,
            String code,
            long outlineId,
            long seed,
            List<Long> itemVersionIds,
            String by,
            Instant at) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolationException(
                    "code",
                    "form-code",
                    "A form's code is 1 to 40 letters, digits, '-', '_' or '.', not '" + code + "'");
        }
        this.certificateType = Objects.requireNonNull(certificateType);
        this.code = code;
        this.status = FormStatus.DRAFT;
        this.outlineId = outlineId;
        this.seed = seed;
        this.assembledBy = by;
        this.assembledAt = at;
        for (int i = 0; i < itemVersionIds.size(); i++) {
            items.add(new FormItem(i + 1, itemVersionIds.get(i)));
        }
    }

    /** DRAFT -> LOCKED, after review; the caller marks every version administered (107.1.5 C.2). */
    public void lock(String by, Instant at) {
        if (status != FormStatus.DRAFT) {
            throw new RuleViolationException(
                    "status", "form-review", "Only a DRAFT form is locked; form " + code + " is " + status);
        }
        this.status = FormStatus.LOCKED;
        this.lockedBy = by;
        this.lockedAt = at;
    }

    /** DRAFT or LOCKED -> RETIRED: no longer given at check-in; its record stays. */
    public void retire(Instant at) {
        if (status == FormStatus.RETIRED) {
            throw new RuleViolationException("status", "form-review", "Form " + code + " is already RETIRED");
        }
        this.status = FormStatus.RETIRED;
        this.retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public String getCode() {
        return code;
    }

    public FormStatus getStatus() {
        return status;
    }

    public Long getOutlineId() {
        return outlineId;
    }

    public Long getSeed() {
        return seed;
    }

    public Instant getAssembledAt() {
        return assembledAt;
    }

    public String getAssembledBy() {
        return assembledBy;
    }

    public Instant getLockedAt() {
        return lockedAt;
    }

    public String getLockedBy() {
        return lockedBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public List<FormItem> getItems() {
        return List.copyOf(items);
    }
}

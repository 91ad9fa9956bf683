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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * One version of an item. Its content (stem, options, key, content area, reference, author) is written once; the one
 * correction allowed, of a DRAFT before its review, and every change of a version once administered are refused
 * (107.1.5 C.2: the records of examinations; an edit makes a new version). The review moves it DRAFT -> APPROVED (by the licensing
 * subcommittee, 107.1.5 C: the decision's reference and date and who keyed it are kept) -> ACTIVE -> RETIRED.
 */
@Entity
@Table(name = "lic_item_version")
public class ItemVersion {

    /** The rule an administered version keeps. */
    public static final String RECORDS_RULE = "107.1.5 C.2";
    /** The rule of the review's order. */
    public static final String REVIEW_RULE = "107.1.5 C review";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private Item item;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, columnDefinition = "text")
    private String stem;

    @Column(name = "correct_option", nullable = false, columnDefinition = "char(1)")
    private String correctOption;

    @Column(name = "content_area", nullable = false, length = 80)
    private String contentArea;

    @Column(length = 200)
    private String reference;

    @Column(nullable = false, length = 100)
    private String author;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lic_item_option", joinColumns = @JoinColumn(name = "item_version_id"))
    @OrderBy("label")
    private List<ItemOption> options = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemStatus status;

    @Column(nullable = false)
    private boolean administered;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decision_reference", length = 100)
    private String decisionReference;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Column(name = "decision_keyed_by", length = 100)
    private String decisionKeyedBy;

    @Column(name = "activated_at")
    private Instant activatedAt;

    @Column(name = "retired_at")
    private Instant retiredAt;

    @Column(name = "changed_by", length = 100)
    private String changedBy;

    protected ItemVersion() {}

    ItemVersion(Item item, int number, ItemContent content, String by, Instant at) {
        this.item = Objects.requireNonNull(item);
        this.number = number;
        this.status = ItemStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        this.changedBy = by;
        write(content);
    }

    private void write(ItemContent content) {
        this.stem = content.stem();
        this.correctOption = content.key();
        this.contentArea = content.contentArea();
        this.reference = content.reference();
        this.author = content.author();
        this.options.clear();
        for (int i = 0; i < content.options().size(); i++) {
            this.options.add(
                    new ItemOption(ItemContent.label(i), content.options().get(i)));
        }
    }

    public ItemContent getContent() {
        return new ItemContent(
                stem,
                options.stream().map(ItemOption::getText).toList(),
                correctOption,
                contentArea,
                reference,
                author);
    }

    /**
     * Corrects a DRAFT in place before its review (a typo). Refused for a version once administered (107.1.5 C.2: it
     * never changes) and for a version past DRAFT (an edit makes a new version).
     */
    public void correct(ItemContent content, String by) {
        requireUnadministered("correct");
        if (status != ItemStatus.DRAFT) {
            throw new RuleViolationException(
                    "status",
                    "edit-makes-new-version",
                    "Version " + number + " of " + item.getCode() + " is " + status
                            + ": only a DRAFT is corrected in place; an edit makes a new version");
        }
        content.checked();
        write(content);
        this.changedBy = by;
    }

    /** Refuses any change of an administered version, naming the rule. */
    public void requireUnadministered(String what) {
        if (administered) {
            throw new RuleViolationException(
                    "version",
                    RECORDS_RULE,
                    RECORDS_RULE + ": version " + number + " of item " + item.getCode()
                            + " was administered on a locked form and never changes (cannot " + what
                            + " it); edit the item to make a new version");
        }
    }

    /** DRAFT -> APPROVED, by the licensing subcommittee's decision (107.1.5 C), keyed by {@code keyedBy}. */
    public void approve(String reference, LocalDate date, String keyedBy, LocalDate today) {
        if (status != ItemStatus.DRAFT) {
            throw transition("approve", ItemStatus.DRAFT);
        }
        List<RuleViolationException.Violation> problems = new ArrayList<>();
        if (reference == null || reference.isBlank()) {
            problems.add(new RuleViolationException.Violation(
                    "decisionReference",
                    "107.1.5 C",
                    "107.1.5 C: an item is approved by the "
                            + "licensing subcommittee; name its decision (minutes or resolution)"));
        } else if (reference.strip().length() > 100) {
            problems.add(
                    new RuleViolationException.Violation("decisionReference", "max-length", "at most 100 characters"));
        }
        if (date == null) {
            problems.add(new RuleViolationException.Violation(
                    "decisionDate", "107.1.5 C", "107.1.5 C: give the date of the subcommittee's decision"));
        } else if (date.isAfter(today)) {
            problems.add(new RuleViolationException.Violation(
                    "decisionDate", "not-future", "The decision's date " + UsFormat.date(date) + " is after today"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        this.decisionReference = reference.strip();
        this.decisionDate = date;
        this.decisionKeyedBy = keyedBy;
        this.changedBy = keyedBy;
        this.status = ItemStatus.APPROVED;
    }

    /** APPROVED -> ACTIVE: forms may draw it. Use {@link Item#activate} (it retires the version active before). */
    void activate(String by, Instant at) {
        if (status != ItemStatus.APPROVED) {
            throw transition("activate", ItemStatus.APPROVED);
        }
        this.status = ItemStatus.ACTIVE;
        this.activatedAt = at;
        this.changedBy = by;
    }

    /** Any status but RETIRED -> RETIRED: no new form draws it (forms already locked keep it; its content stays). */
    public void retire(String by, Instant at) {
        if (status == ItemStatus.RETIRED) {
            throw new RuleViolationException(
                    "status", REVIEW_RULE, "Version " + number + " of " + item.getCode() + " is already RETIRED");
        }
        this.status = ItemStatus.RETIRED;
        this.retiredAt = at;
        this.changedBy = by;
    }

    /** Marks the version administered (a form containing it was locked): from now on it never changes. */
    public void administer() {
        this.administered = true;
    }

    private RuleViolationException transition(String action, ItemStatus from) {
        return new RuleViolationException(
                "status",
                REVIEW_RULE,
                REVIEW_RULE + ": only a " + from + " version can be " + action
                        + "d (draft, approved by the subcommittee, active, retired); version " + number + " of "
                        + item.getCode() + " is " + status);
    }

    public Long getId() {
        return id;
    }

    public Item getItem() {
        return item;
    }

    public int getNumber() {
        return number;
    }

    public String getStem() {
        return stem;
    }

    public String getCorrectOption() {
        return correctOption;
    }

    public String getContentArea() {
        return contentArea;
    }

    public String getReference() {
        return reference;
    }

    public String getAuthor() {
        return author;
    }

    public List<ItemOption> getOptions() {
        return List.copyOf(options);
    }

    public ItemStatus getStatus() {
        return status;
    }

    public boolean isAdministered() {
        return administered;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public String getDecisionKeyedBy() {
        return decisionKeyedBy;
    }

    public Instant getActivatedAt() {
        return activatedAt;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}

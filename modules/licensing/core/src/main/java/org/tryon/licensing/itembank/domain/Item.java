package org.tryon.licensing.itembank.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tryon.platform.errors.RuleViolationException;

/**
 * An item of the bank: a question for one certificate type, kept as numbered versions (107.1.5 C.2: the records of
 * examinations). An edit never changes a version: it adds the next one as a DRAFT, and the subcommittee reviews it
 * (ADR 0034). At most one version of an item is ACTIVE; activating a version retires the one active before it.
 */
@Entity
@Table(name = "lic_item")
public class Item {

    /** An item's code is also its QTI identifier, so it is an XML name: a letter, then letters, digits, '-', '_' or '.'. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "certificate_type", nullable = false, length = 40)
    private String certificateType;

    @Column(nullable = false, length = 40)
    private String code;

    @Version
    private long version;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ItemVersion> versions = new ArrayList<>();

    protected Item() {}

    /** A new item whose first version is a draft of {@code content}. */
    public Item(String certificateType, String code, ItemContent content, String by, Instant at) {
        this.certificateType = Objects.requireNonNull(certificateType);
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolationException(
                    "code",
                    "item-code",
                    "An item's code is a letter followed by up to 39 letters, digits, '-', '_'"
                            + " or '.' (it is the item's QTI identifier), not '" + code + "'");
        }
        this.code = code;
        versions.add(new ItemVersion(this, 1, content.checked(), by, at));
    }

    /**
     * An edit (ADR 0034): the next version, a DRAFT of {@code content}; the versions before it stay as they were (a
     * DRAFT or APPROVED version not yet active is retired, replaced by the edit). Content equal to the latest version's
     * is no edit: nothing changes and the latest version is answered.
     */
    public ItemVersion edit(ItemContent content, String by, Instant at) {
        content.checked();
        ItemVersion latest = latest();
        if (latest.getContent().equals(content)) {
            return latest;
        }
        for (ItemVersion v : versions) {
            if (v.getStatus() == ItemStatus.DRAFT || v.getStatus() == ItemStatus.APPROVED) {
                v.retire(by, at);
            }
        }
        ItemVersion next = new ItemVersion(this, latest.getNumber() + 1, content, by, at);
        versions.add(next);
        return next;
    }

    /** Makes {@code v} the item's active version; the version active before it is retired (forms draw one version per item). */
    public void activate(ItemVersion v, String by, Instant at) {
        v.activate(by, at);
        for (ItemVersion other : versions) {
            if (other != v && other.getStatus() == ItemStatus.ACTIVE) {
                other.retire(by, at);
            }
        }
    }

    public ItemVersion latest() {
        return versions.get(versions.size() - 1);
    }

    public Optional<ItemVersion> active() {
        return versions.stream().filter(v -> v.getStatus() == ItemStatus.ACTIVE).findFirst();
    }

    public ItemVersion version(int number) {
        return versions.stream()
                .filter(v -> v.getNumber() == number)
                .findFirst()
                .orElseThrow(() ->
                        new org.tryon.platform.errors.RecordNotFoundException("item version", code + " v" + number));
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

    public List<ItemVersion> getVersions() {
        return List.copyOf(versions);
    }
}

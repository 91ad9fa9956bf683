package org.tryon.licensing.itembank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One option of an item version: its label (A, B, C, ...) and text. */
@Embeddable
public class ItemOption {

    @Column(name = "label", nullable = false, columnDefinition = "char(1)")
    private String label;

    @Column(name = "text", nullable = false, length = 1000)
    private String text;

    protected ItemOption() {}

    public ItemOption(String label, String text) {
        this.label = Objects.requireNonNull(label);
        this.text = Objects.requireNonNull(text);
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ItemOption other && label.equals(other.label) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, text);
    }
}

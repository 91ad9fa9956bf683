package org.tryon.licensing.itembank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A position of a form and the exact item version at it. */
@Embeddable
public class FormItem {

    @Column(nullable = false)
    private int position;

    @Column(name = "item_version_id", nullable = false)
    private long itemVersionId;

    protected FormItem() {}

    public FormItem(int position, long itemVersionId) {
        this.position = position;
        this.itemVersionId = itemVersionId;
    }

    public int getPosition() {
        return position;
    }

    public long getItemVersionId() {
        return itemVersionId;
    }
}

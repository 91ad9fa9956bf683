package org.tryon.licensing.itembank.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a content outline: how many items a content area contributes to a form, at its position in the form. */
@Embeddable
public class OutlineArea {

    @Column(nullable = false)
    private int position;

    @Column(name = "content_area", nullable = false, length = 80)
    private String contentArea;

    @Column(nullable = false)
    private int items;

    protected OutlineArea() {}

    public OutlineArea(int position, String contentArea, int items) {
        this.position = position;
        this.contentArea = contentArea;
        this.items = items;
    }

    public int getPosition() {
        return position;
    }

    public String getContentArea() {
        return contentArea;
    }

    public int getItems() {
        return items;
    }
}

package org.tryon.platform.home;

import java.util.List;

/**
 * A module's part of the home page (ADR 0050), like {@link org.tryon.platform.web.MenuSection} for the menu: each
 * module contributes one CDI bean answering the cards of the caller's roles. A section only reads (it never writes)
 * and keeps each card's question cheap (a count on an index), as the home page is the most opened page.
 */
public interface WorkListSection {

    /** Position among the sections, smaller first. */
    int order();

    /** The cards for {@code viewer}; none when the viewer has none of the section's roles. */
    List<HomeCard> cards(Viewer viewer);
}

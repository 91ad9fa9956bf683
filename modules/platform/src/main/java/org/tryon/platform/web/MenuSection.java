package org.tryon.platform.web;

import java.util.List;
import java.util.Set;

/**
 * A module's part of the main menu. Each module contributes one CDI bean; the menu shows a user
 * only the items whose roles include one of the user's.
 */
public interface MenuSection {

    String title();

    /** Position among the sections, smaller first. */
    int order();

    List<Item> items();

    /**
     * A menu entry. {@code hint} is the ordinance section (or other source) the screen carries, shown small beside the
     * label, never part of it; null when there is none.
     */
    record Item(String label, String path, String icon, Set<String> roles, String hint) {

        public Item(String label, String path, String icon, Set<String> roles) {
            this(label, path, icon, roles, null);
        }
    }
}

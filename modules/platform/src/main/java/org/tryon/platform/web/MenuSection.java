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

    record Item(String label, String path, String icon, Set<String> roles) {}
}

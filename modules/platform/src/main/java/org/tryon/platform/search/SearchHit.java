package org.tryon.platform.search;

import java.util.Objects;

/**
 * One record found by the search box: what it is ({@code kind}: "Permit", "Address", "Project", "Contractor", "Person",
 * "Commission member", "Candidate"...), its name, a short line of detail and the page that shows it ({@code path}, from
 * the application's root, with its query string: {@code /permitting/permit.xhtml?id=7}). {@code exact} marks a hit whose
 * number or PIN is the text typed, in full: a single exact hit opens its page at once.
 */
public record SearchHit(String kind, String title, String detail, String path, boolean exact) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(path, "path");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A search hit's path starts at the application's root: " + path);
        }
        detail = detail == null ? "" : detail;
    }

    /** A hit that is not an exact number or PIN. */
    public static SearchHit of(String kind, String title, String detail, String path) {
        return new SearchHit(kind, title, detail, path, false);
    }

    /** The page without its query string, as the role matrix names it. */
    public String screen() {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}

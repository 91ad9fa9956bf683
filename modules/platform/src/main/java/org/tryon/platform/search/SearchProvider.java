package org.tryon.platform.search;

import java.util.List;

/**
 * A module's part of the search box: each module contributes one CDI bean (as it does a {@code MenuSection}). A provider
 * answers at most {@code limit} hits of each kind it knows for the text typed, best first, each through an index of its
 * tables and bounded by the limit (never a scan of a large table: ADR 0054). It never writes.
 */
public interface SearchProvider {

    /** The screens (paths as in the role matrix) its hits open: the search skips it for a caller who may open none. */
    List<String> screens();

    /** Position among the providers, smaller first: the order of its kinds on the results page. */
    int order();

    /**
     * At most {@code limit} hits of each kind for {@code query}: the text as typed, trimmed, at least {@value
     * Search#MIN_LENGTH} characters.
     */
    List<SearchHit> search(String query, int limit);
}

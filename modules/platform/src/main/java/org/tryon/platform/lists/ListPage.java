package org.tryon.platform.lists;

import java.util.List;

/**
 * One page of a list.
 *
 * @param rows  the rows of the page, in the order asked for
 * @param total how many rows match the filters in all pages
 * @param first the index of the page's first row
 * @param size  the page size asked for
 */
public record ListPage<R>(List<R> rows, long total, int first, int size) {

    public ListPage {
        rows = List.copyOf(rows);
    }
}

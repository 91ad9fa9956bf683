package org.tryon.platform.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tryon.platform.lists.ListRequest;

/**
 * A PrimeFaces lazy table model over a list use case: the table's column filters and sort (keyed
 * by each column's {@code field}), and the text of the screen's search box as the filter
 * {@code q}, become a {@link ListRequest}; the use case counts and pages in the database. The
 * data exporter reads every filtered row through the same model, a buffer at a time. A
 * view-scoped bean keeps one per table.
 */
public class LazyList<R> extends LazyDataModel<R> {

    private static final long serialVersionUID = 1L;

    /** Counts the rows a request's filters match. */
    @FunctionalInterface
    public interface Count extends Serializable {
        long of(ListRequest request);
    }

    /** The rows of a request's page. */
    @FunctionalInterface
    public interface Rows<R> extends Serializable {
        List<R> of(ListRequest request);
    }

    private final Count count;
    private final Rows<R> rows;
    private String search;

    public LazyList(Count count, Rows<R> rows) {
        this.count = count;
        this.rows = rows;
    }

    /** The search box's text: the filter {@code q} of the list, when the list has one. */
    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(count.of(request(Map.of(), filterBy, 0, 0).with("q", search)));
    }

    @Override
    public List<R> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return rows.of(request(sortBy, filterBy, first, pageSize).with("q", search));
    }

    static ListRequest request(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy, int first, int size) {
        Map<String, String> filters = new LinkedHashMap<>();
        filterBy.values().stream()
                .filter(FilterMeta::isActive)
                .forEach(f -> filters.put(f.getField(), String.valueOf(f.getFilterValue())));
        List<ListRequest.Sort> sort = sortBy.values().stream()
                .filter(SortMeta::isActive)
                .sorted()
                .map(s -> new ListRequest.Sort(s.getField(), s.getOrder().isAscending()))
                .toList();
        return new ListRequest(filters, sort, first, size);
    }
}

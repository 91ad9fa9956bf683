package org.tryon.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.tryon.platform.lists.ListRequest;

/** The department's requirements, "Lists are lazy": a table's filters and sort reach the list use case by field name, in priority order. */
class LazyListTest {

    @Test
    @DisplayName(
            "Lists: column filters and sorts become the list request; empty filters and unsorted columns are left out")
    void tableStateBecomesARequest() {
        Map<String, FilterMeta> filters = new LinkedHashMap<>();
        filters.put(
                "number",
                FilterMeta.builder().field("number").filterValue("B-2026").build());
        filters.put(
                "status",
                FilterMeta.builder().field("status").filterValue("ISSUED").build());
        filters.put(
                "holder", FilterMeta.builder().field("holder").filterValue("").build());
        Map<String, SortMeta> sorts = new LinkedHashMap<>();
        sorts.put(
                "address",
                SortMeta.builder()
                        .field("address")
                        .order(SortOrder.DESCENDING)
                        .priority(2)
                        .build());
        sorts.put(
                "number",
                SortMeta.builder()
                        .field("number")
                        .order(SortOrder.ASCENDING)
                        .priority(1)
                        .build());
        sorts.put(
                "trade",
                SortMeta.builder()
                        .field("trade")
                        .order(SortOrder.UNSORTED)
                        .priority(3)
                        .build());

        ListRequest request = LazyList.request(sorts, filters, 40, 20);

        assertThat(request.filters()).containsExactly(Map.entry("number", "B-2026"), Map.entry("status", "ISSUED"));
        assertThat(request.sort())
                .containsExactly(new ListRequest.Sort("number", true), new ListRequest.Sort("address", false));
        assertThat(request.first()).isEqualTo(40);
        assertThat(request.size()).isEqualTo(20);
    }

    @Test
    @DisplayName(
            "Lists: the table's count and page come from the use case, with the same filters and the search box as q")
    void countAndLoadAskTheSource() {
        List<ListRequest> asked = new java.util.ArrayList<>();
        LazyList<String> list = new LazyList<>(
                request -> {
                    asked.add(request);
                    return 42;
                },
                request -> {
                    asked.add(request);
                    return List.of("B-2026-000001");
                });
        list.setSearch(" 078-011 ");
        Map<String, FilterMeta> filters = Map.of(
                "number",
                FilterMeta.builder().field("number").filterValue("0001").build());
        assertThat(list.count(filters)).isEqualTo(42);
        assertThat(list.load(0, 20, Map.of(), filters)).containsExactly("B-2026-000001");
        assertThat(asked).extracting(ListRequest::filters).containsOnly(Map.of("number", "0001", "q", "078-011"));
    }
}

package org.tryon.platform.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the providers' answers become one list: the exact numbers and PINs first (in the providers' order), then every
 * other hit in the providers' order and each provider's own (best first); the same record found twice (same kind, page and
 * title) is shown once (its exact hit, if any); at most {@code perKind} hits of a kind. Pure: tested without a container.
 */
public final class SearchRanking {

    private SearchRanking() {}

    /** The merged hits of {@code answers}, one list per provider in the providers' order. */
    public static List<SearchHit> merge(List<List<SearchHit>> answers, int perKind) {
        List<SearchHit> ordered = new ArrayList<>();
        answers.forEach(a -> a.stream().filter(SearchHit::exact).forEach(ordered::add));
        answers.forEach(a -> a.stream().filter(h -> !h.exact()).forEach(ordered::add));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> perKindCount = new LinkedHashMap<>();
        List<SearchHit> merged = new ArrayList<>();
        for (SearchHit hit : ordered) {
            if (!seen.add(hit.kind() + '\n' + hit.path() + '\n' + hit.title())) {
                continue;
            }
            int n = perKindCount.merge(hit.kind(), 1, Integer::sum);
            if (n <= perKind) {
                merged.add(hit);
            }
        }
        return merged;
    }

    /** The hits grouped by kind, the kinds in the order of their first hit. */
    public static List<Group> groups(List<SearchHit> hits) {
        Map<String, List<SearchHit>> byKind = new LinkedHashMap<>();
        hits.forEach(
                h -> byKind.computeIfAbsent(h.kind(), k -> new ArrayList<>()).add(h));
        return byKind.entrySet().stream()
                .map(e -> new Group(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** The one hit to open at once: the only exact hit, when there is exactly one; otherwise null. */
    public static SearchHit straightTo(List<SearchHit> hits) {
        List<SearchHit> exact = hits.stream().filter(SearchHit::exact).toList();
        return exact.size() == 1 ? exact.get(0) : null;
    }

    /** The hits of one kind. */
    public record Group(String kind, List<SearchHit> hits) {}
}

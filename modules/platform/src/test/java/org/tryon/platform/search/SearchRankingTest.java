package org.tryon.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SearchRankingTest {

    private static SearchHit hit(String kind, String title, String path) {
        return SearchHit.of(kind, title, "", path);
    }

    private static SearchHit exact(String kind, String title, String path) {
        return new SearchHit(kind, title, "", path, true);
    }

    @Test
    @DisplayName(
            "ADR 0054: exact numbers and PINs come first, from whichever provider, then the rest in providers' order")
    void exactFirst() {
        List<SearchHit> permitting = List.of(
                hit("Address", "12 Main St", "/permitting/permit.xhtml?id=3"),
                exact("Project", "PIN 078-011-05", "/permitting/project.xhtml?id=9"));
        List<SearchHit> licensing = List.of(hit("Candidate", "Main, Ann", "/licensing/candidate.xhtml?id=1"));
        List<SearchHit> governance = List.of(exact("Permit", "B-2026-000001", "/permitting/permit.xhtml?id=1"));

        List<SearchHit> merged = SearchRanking.merge(List.of(permitting, licensing, governance), 8);

        assertThat(merged)
                .extracting(SearchHit::title)
                .containsExactly("PIN 078-011-05", "B-2026-000001", "12 Main St", "Main, Ann");
    }

    @Test
    @DisplayName("ADR 0054: a record found twice is shown once, as its exact hit")
    void duplicatesOnce() {
        SearchHit byPin = exact("Project", "Tryon Square", "/permitting/project.xhtml?id=9");
        SearchHit byName = hit("Project", "Tryon Square", "/permitting/project.xhtml?id=9");
        SearchHit other = hit("Project", "Tryon Square", "/permitting/project.xhtml?id=10");

        List<SearchHit> merged = SearchRanking.merge(List.of(List.of(byName, other), List.of(byPin)), 8);

        assertThat(merged).containsExactly(byPin, other);
    }

    @Test
    @DisplayName("ADR 0054: at most the limit of each kind, the best first")
    void perKind() {
        List<SearchHit> many = IntStream.range(0, 12)
                .mapToObj(i -> hit("Contractor", "Firm " + i, "/permitting/contractor.xhtml?id=" + i))
                .toList();
        List<SearchHit> merged = SearchRanking.merge(
                List.of(many, List.of(hit("Person", "Ann", "/governance/commissions.xhtml?person=1"))), 8);

        assertThat(merged).hasSize(9);
        assertThat(merged.subList(0, 8)).extracting(SearchHit::title).startsWith("Firm 0", "Firm 1");
        assertThat(merged.get(8).kind()).isEqualTo("Person");
    }

    @Test
    @DisplayName("ADR 0054: the results are grouped by kind in the order of their first hit")
    void groups() {
        List<SearchHit> hits = List.of(
                exact("Permit", "B-2026-000001", "/p?id=1"),
                hit("Address", "12 Main St", "/p?id=2"),
                hit("Permit", "B-2026-000011", "/p?id=11"),
                hit("Address", "14 Main St", "/p?id=4"));

        assertThat(SearchRanking.groups(hits))
                .extracting(SearchRanking.Group::kind)
                .containsExactly("Permit", "Address");
        assertThat(SearchRanking.groups(hits).get(0).hits())
                .extracting(SearchHit::title)
                .containsExactly("B-2026-000001", "B-2026-000011");
    }

    @Test
    @DisplayName("ADR 0054: one exact hit opens its page at once; two exact hits or none show the list")
    void straightTo() {
        SearchHit permit = exact("Permit", "B-2026-000001", "/p?id=1");
        SearchHit pin = exact("Project", "PIN 078-011-05", "/q?id=9");
        SearchHit near = hit("Permit", "B-2026-000011", "/p?id=11");

        assertThat(SearchRanking.straightTo(List.of(permit, near))).isEqualTo(permit);
        assertThat(SearchRanking.straightTo(List.of(permit, pin, near))).isNull();
        assertThat(SearchRanking.straightTo(List.of(near))).isNull();
        assertThat(SearchRanking.straightTo(List.of())).isNull();
    }

    @Test
    @DisplayName("ADR 0054: a hit's screen is its page without the query string, as the role matrix names it")
    void screen() {
        assertThat(hit("Permit", "B", "/permitting/permit.xhtml?id=7").screen()).isEqualTo("/permitting/permit.xhtml");
        assertThat(hit("Contractor", "F", "/permitting/contractors.xhtml").screen())
                .isEqualTo("/permitting/contractors.xhtml");
        assertThatThrownBy(() -> hit("Permit", "B", "permitting/permit.xhtml"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

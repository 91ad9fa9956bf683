package org.tryon.platform.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.errors.RuleViolationException;

/** The department's requirements, "Lists are lazy, filterable and exportable": only the fields a list names reach a query. */
class ListDefinitionTest {

    enum Colour {
        RED,
        GREEN
    }

    static final class Thing {}

    static final ListDefinition<Thing> THINGS = ListDefinition.of(Thing.class)
            .text("name", "name")
            .choice("colour", "colour", Colour.class)
            .sorted("madeOn", "madeOn")
            .filter("q", (paths, value) -> null)
            .orderBy("name", true)
            .build();

    private static ListRequest sortedBy(String field) {
        return new ListRequest(Map.of(), List.of(new ListRequest.Sort(field, true)), 0, 20);
    }

    private static ListRequest filteredBy(String field, String value) {
        return new ListRequest(Map.of(field, value), List.of(), 0, 20);
    }

    @Test
    @DisplayName("Lists: an unknown sort field is refused, naming the field 'sort' and the fields that can be sorted")
    void unknownSortFieldIsRefused() {
        assertThatThrownBy(() -> THINGS.check(sortedBy("name; drop table perm_permit")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.field()).isEqualTo("sort");
                        assertThat(v.rule()).isEqualTo("known-sort-field");
                    });
                    assertThat(e.getMessage()).contains("'name; drop table perm_permit'", "colour, madeOn, name");
                });
    }

    @Test
    @DisplayName(
            "Lists: an unknown filter is refused, naming it; a filter-only field cannot be sorted, a sort-only field cannot filter")
    void onlyDeclaredFieldsFilterAndSort() {
        assertThatThrownBy(() -> THINGS.check(filteredBy("project.owner.password", "x")))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("project.owner.password"))
                .hasMessageContaining("colour, name, q");
        assertThatThrownBy(() -> THINGS.check(sortedBy("q")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'q'");
        assertThatThrownBy(() -> THINGS.check(filteredBy("madeOn", "2026-01-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("'madeOn'");
        assertThatCode(() -> THINGS.check(new ListRequest(
                        Map.of("name", "a", "colour", "RED", "q", "x"),
                        List.of(new ListRequest.Sort("madeOn", false), new ListRequest.Sort("colour", true)),
                        40,
                        20)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("Lists: a negative first row is refused")
    void negativeFirstRowIsRefused() {
        assertThatThrownBy(() -> THINGS.check(new ListRequest(Map.of(), List.of(), -1, 20)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(
                                ((InvalidInputException) e).violations().get(0).field())
                        .isEqualTo("first"));
    }

    @Test
    @DisplayName("Lists: blank filter values filter nothing; values are trimmed")
    void blankFiltersAreDropped() {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", "  ");
        typed.put("colour", null);
        typed.put("q", " 078-011 ");
        ListRequest request = new ListRequest(typed, null, 0, 20);
        assertThat(request.filters()).containsExactly(Map.entry("q", "078-011"));
        assertThat(request.with("name", "").filters()).containsOnlyKeys("q");
        assertThat(request.page(20, 10))
                .extracting(ListRequest::first, ListRequest::size)
                .containsExactly(20, 10);
    }

    @Test
    @DisplayName("Lists: the user's % and _ match only themselves in a 'contains' filter")
    void likeWildcardsAreEscaped() {
        assertThat(Paths.escaped("50%_off\\")).isEqualTo("50\\%\\_off\\\\");
    }

    @Test
    @DisplayName("a list cannot name a field twice, nor order by a field it cannot sort")
    void definitionsAreChecked() {
        assertThatThrownBy(() ->
                        ListDefinition.of(Thing.class).text("name", "name").sorted("name", "other"))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ListDefinition.of(Thing.class)
                        .filter("q", (p, v) -> null)
                        .orderBy("q", true)
                        .build())
                .isInstanceOf(IllegalStateException.class);
    }
}

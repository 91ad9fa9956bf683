package org.tryon.licensing.itembank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.itembank.domain.FormAssembly.Candidate;
import org.tryon.platform.errors.RuleViolationException;

/** Forms assembled by the content outline (107.1.5 C). */
class FormAssemblyTest {

    static final List<OutlineArea> OUTLINE =
            List.of(new OutlineArea(1, "NEC 210", 3), new OutlineArea(2, "NEC 250", 2));

    static Map<String, List<Candidate>> bank(int in210, int in250) {
        List<Candidate> a = new ArrayList<>();
        for (int i = 0; i < in210; i++) {
            a.add(new Candidate(100 + i, 1000 + i));
        }
        List<Candidate> b = new ArrayList<>();
        for (int i = 0; i < in250; i++) {
            b.add(new Candidate(200 + i, 2000 + i));
        }
        return Map.of("NEC 210", a, "NEC 250", b);
    }

    @Test
    @DisplayName(
            "107.1.5 C: a form holds as many items per content area as the outline asks, in the outline's order; the same seed draws the same form")
    void countsPerArea() {
        List<Long> form = FormAssembly.draw(OUTLINE, bank(6, 4), Set.of(), 7);
        assertThat(form).hasSize(5);
        assertThat(form.subList(0, 3)).allMatch(v -> v >= 1000 && v < 2000);
        assertThat(form.subList(3, 5)).allMatch(v -> v >= 2000);
        assertThat(form).doesNotHaveDuplicates();
        assertThat(FormAssembly.draw(OUTLINE, bank(6, 4), Set.of(), 7)).isEqualTo(form);
    }

    @Test
    @DisplayName(
            "107.1.5 C: a parallel form draws the items not on another form first, sharing only where the bank has too few")
    void parallelFormsDiffer() {
        List<Long> first = FormAssembly.draw(OUTLINE, bank(6, 4), Set.of(), 1);
        Set<Long> used = new HashSet<>();
        first.forEach(v -> used.add(v < 2000 ? v - 900 : v - 1800));
        List<Long> second = FormAssembly.draw(OUTLINE, bank(6, 4), used, 2);
        assertThat(second).doesNotContainAnyElementsOf(first);
        List<Long> third = FormAssembly.draw(OUTLINE, bank(4, 2), Set.of(100L, 101L, 102L, 200L, 201L), 3);
        assertThat(third).contains(1003L).hasSize(5);
    }

    @Test
    @DisplayName("107.1.5 C: too few active items in an area refuses the assembly, naming the area")
    void tooFewRefused() {
        assertThatThrownBy(() -> FormAssembly.draw(OUTLINE, bank(6, 1), Set.of(), 1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("'NEC 250'")
                .hasMessageContaining("asks 2 items but the bank has only 1");
    }
}

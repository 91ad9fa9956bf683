package org.tryon.licensing.itembank.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

/** The item bank's versions and review (107.1.5 C, 107.1.5 C.2; ADR 0034). */
class ItemVersioningTest {

    static final Instant NOW = Instant.parse("2026-12-06T15:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static ItemContent content(String stem) {
        return new ItemContent(
                stem,
                List.of("6 ft", "8 ft", "10 ft", "12 ft"),
                "B",
                "NEC 250 Grounding and bonding",
                "NEC 250.52(A)(5)",
                "Dana Whitfield");
    }

    static Item item() {
        return new Item(
                "JOURNEYMAN-ELECTRICIAN", "JE-900", content("A ground rod is at least how long?"), "examiner", NOW);
    }

    static ItemVersion active(Item item) {
        ItemVersion v = item.latest();
        v.approve("Licensing subcommittee minutes 2026-11-20", LocalDate.of(2026, 11, 20), "examiner", TODAY);
        item.activate(v, "examiner", NOW);
        return v;
    }

    @Test
    @DisplayName(
            "ADR 0034: a new item is version 1, a DRAFT; an edit makes version 2 (DRAFT) and leaves version 1 as it was")
    void editMakesANewVersion() {
        Item item = item();
        ItemVersion v1 = active(item);
        ItemVersion v2 = item.edit(content("A driven ground rod is at least how long?"), "examiner", NOW);
        assertThat(v2.getNumber()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(ItemStatus.DRAFT);
        assertThat(v1.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        assertThat(v1.getStem()).isEqualTo("A ground rod is at least how long?");
        assertThat(item.getVersions()).hasSize(2);
    }

    @Test
    @DisplayName("ADR 0034: an edit that changes nothing makes no version")
    void equalEditIsNoVersion() {
        Item item = item();
        assertThat(item.edit(content("A ground rod is at least how long?"), "examiner", NOW)
                        .getNumber())
                .isEqualTo(1);
        assertThat(item.getVersions()).hasSize(1);
    }

    @Test
    @DisplayName("107.1.5 C.2: a version once administered never changes; the refusal names the rule")
    void administeredVersionIsImmutable() {
        Item item = item();
        ItemVersion v1 = item.latest();
        v1.administer();
        assertThatThrownBy(() -> v1.correct(content("Changed"), "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("107.1.5 C.2")
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("107.1.5 C.2"));
        assertThat(v1.getStem()).isEqualTo("A ground rod is at least how long?");
    }

    @Test
    @DisplayName(
            "ADR 0034: only a DRAFT is corrected in place; an approved version is changed by an edit (a new version)")
    void onlyDraftIsCorrected() {
        Item item = item();
        item.latest().correct(content("A ground rod is at least how long (NEC 250.52)?"), "examiner");
        assertThat(item.latest().getStem()).endsWith("(NEC 250.52)?");
        active(item);
        assertThatThrownBy(() -> item.latest().correct(content("Other"), "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("an edit makes a new version");
    }

    @Test
    @DisplayName(
            "107.1.5 C: review DRAFT -> APPROVED (the subcommittee's decision, its date, who keyed it) -> ACTIVE -> RETIRED")
    void reviewTransitions() {
        Item item = item();
        ItemVersion v = item.latest();
        assertThatThrownBy(() -> item.activate(v, "examiner", NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("only a APPROVED version can be activated");
        assertThatThrownBy(() -> v.approve(" ", null, "examiner", TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(RuleViolationException.Violation::field)
                        .containsExactly("decisionReference", "decisionDate"));
        assertThatThrownBy(() -> v.approve("Minutes", TODAY.plusDays(1), "examiner", TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("after today");
        v.approve("Licensing subcommittee minutes 2026-11-20", LocalDate.of(2026, 11, 20), "examiner", TODAY);
        assertThat(v.getStatus()).isEqualTo(ItemStatus.APPROVED);
        assertThat(v.getDecisionKeyedBy()).isEqualTo("examiner");
        assertThatThrownBy(() -> v.approve("Again", TODAY, "examiner", TODAY))
                .isInstanceOf(RuleViolationException.class);
        item.activate(v, "examiner", NOW);
        assertThat(v.getStatus()).isEqualTo(ItemStatus.ACTIVE);
        v.retire("examiner", NOW);
        assertThat(v.getStatus()).isEqualTo(ItemStatus.RETIRED);
        assertThatThrownBy(() -> v.retire("examiner", NOW)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @DisplayName("ADR 0034: activating version 2 retires version 1 (one active version per item)")
    void oneActiveVersion() {
        Item item = item();
        ItemVersion v1 = active(item);
        ItemVersion v2 = item.edit(content("A driven ground rod is at least how long?"), "examiner", NOW);
        v2.approve("Minutes 2026-12-01", LocalDate.of(2026, 12, 1), "examiner", TODAY);
        item.activate(v2, "examiner", NOW);
        assertThat(v1.getStatus()).isEqualTo(ItemStatus.RETIRED);
        assertThat(item.active()).contains(v2);
    }

    @Test
    @DisplayName(
            "Items: A-D or more options, the key among them, a content area and an author; every broken rule named")
    void contentRules() {
        ItemContent bad = new ItemContent("Stem", List.of("a", "b", "c"), "E", null, null, "x");
        assertThat(bad.problems("line 3 (JE-1) "))
                .extracting(RuleViolationException.Violation::rule)
                .containsExactly("option-count", "key-among-options", "required");
        assertThat(bad.problems("line 3 (JE-1) ").get(0).field()).isEqualTo("line 3 (JE-1) options");
        assertThatThrownBy(() -> new Item("JOURNEYMAN-ELECTRICIAN", "9-bad", content("x"), "e", NOW))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("QTI identifier");
    }
}

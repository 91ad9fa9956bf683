package org.tryon.licensing.itembank.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * Draws a form's items by its content outline (107.1.5 C): for each content area, in the outline's order, as many
 * ACTIVE item versions as the outline asks, at random with a seed (the same bank and seed give the same form).
 * Parallel forms: items not yet on another form of the type are drawn first, so two forms share items only where the
 * bank holds too few. When an area has fewer active items than the outline asks, the assembly is refused naming the
 * area, and nothing is drawn.
 */
public final class FormAssembly {

    /** An active item version the assembly may draw. */
    public record Candidate(long itemId, long versionId) {}

    private FormAssembly() {}

    /**
     * @param areas       the outline's lines in order
     * @param active      the active versions of the type per content area
     * @param onOtherForms items already on another (non-retired) form of the type
     * @param seed        the random seed
     * @return the version ids of the form, position 1 first
     */
    public static List<Long> draw(
            List<OutlineArea> areas, Map<String, List<Candidate>> active, Set<Long> onOtherForms, long seed) {
        List<Violation> problems = new ArrayList<>();
        for (OutlineArea a : areas) {
            int have = active.getOrDefault(a.getContentArea(), List.of()).size();
            if (have < a.getItems()) {
                problems.add(new Violation(
                        "contentArea",
                        "outline-count",
                        "Content area '" + a.getContentArea() + "': the outline asks " + a.getItems()
                                + " items but the bank has only " + have + " ACTIVE item(s)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        Random random = new Random(seed);
        List<Long> out = new ArrayList<>();
        for (OutlineArea a : areas) {
            List<Candidate> all = new ArrayList<>(active.get(a.getContentArea()));
            all.sort(Comparator.comparingLong(Candidate::itemId));
            List<Candidate> fresh = new ArrayList<>(
                    all.stream().filter(c -> !onOtherForms.contains(c.itemId())).toList());
            List<Candidate> used = new ArrayList<>(
                    all.stream().filter(c -> onOtherForms.contains(c.itemId())).toList());
            Collections.shuffle(fresh, random);
            Collections.shuffle(used, random);
            List<Candidate> picked = new ArrayList<>(fresh.subList(0, Math.min(fresh.size(), a.getItems())));
            picked.addAll(used.subList(0, a.getItems() - picked.size()));
            Collections.shuffle(picked, random);
            picked.forEach(c -> out.add(c.versionId()));
        }
        return out;
    }
}

package org.tryon.licensing.itembank.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;

/**
 * What an item version says: the stem, the options (A, B, C, D and more, in order), the key (the label of the correct
 * option), the content area (an NEC article, "NEC 250 Grounding and bonding"), the reference (where the answer is found)
 * and the author. Two versions with equal content are the same question.
 */
public record ItemContent(
        String stem, List<String> options, String key, String contentArea, String reference, String author) {

    /** The fewest options of an item: A to D (the "options A-D, or more"). */
    public static final int MIN_OPTIONS = 4;
    /** The most options of an item: A to H. */
    public static final int MAX_OPTIONS = 8;

    public static final int MAX_STEM = 4000;

    public ItemContent {
        stem = trim(stem);
        options = options == null
                ? List.of()
                : options.stream().map(ItemContent::trim).toList();
        key = trim(key) == null ? null : trim(key).toUpperCase(java.util.Locale.ROOT);
        contentArea = trim(contentArea);
        reference = trim(reference);
        author = trim(author);
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The label of option {@code index} (0: A). */
    public static String label(int index) {
        return String.valueOf((char) ('A' + index));
    }

    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            labels.add(label(i));
        }
        return labels;
    }

    /**
     * The rules an item's content keeps, each broken one named with its field (prefixed by {@code where}, for example
     * "line 4 (JE-012) ") and rule; empty when the content is complete.
     */
    public List<Violation> problems(String where) {
        String at = where == null ? "" : where;
        List<Violation> out = new ArrayList<>();
        if (stem == null) {
            out.add(new Violation(at + "stem", "required", at + "stem: an item needs a stem (the question)"));
        } else if (stem.length() > MAX_STEM) {
            out.add(new Violation(at + "stem", "max-length", at + "stem: at most " + MAX_STEM + " characters"));
        }
        if (options.size() < MIN_OPTIONS || options.size() > MAX_OPTIONS) {
            out.add(new Violation(
                    at + "options",
                    "option-count",
                    at + "options: an item has " + MIN_OPTIONS + " to " + MAX_OPTIONS + " options (A to "
                            + label(MAX_OPTIONS - 1) + "), not " + options.size()));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            String o = options.get(i);
            if (o == null) {
                out.add(new Violation(
                        at + "option " + label(i), "required", at + "option " + label(i) + ": an option needs a text"));
            } else if (o.length() > 1000) {
                out.add(new Violation(
                        at + "option " + label(i),
                        "max-length",
                        at + "option " + label(i) + ": at most 1000 characters"));
            } else if (!seen.add(o.toLowerCase(java.util.Locale.ROOT))) {
                out.add(new Violation(
                        at + "option " + label(i),
                        "distinct-options",
                        at + "option " + label(i) + " repeats another option"));
            }
        }
        if (key == null) {
            out.add(new Violation(at + "key", "required", at + "key: name the correct option (A, B, ...)"));
        } else if (!labels().contains(key)) {
            out.add(new Violation(
                    at + "key",
                    "key-among-options",
                    at + "key: '" + key + "' is not one of the options " + String.join(", ", labels())));
        }
        if (contentArea == null) {
            out.add(new Violation(
                    at + "contentArea", "required", at + "contentArea: name the content area (an NEC article)"));
        } else if (contentArea.length() > 80) {
            out.add(new Violation(at + "contentArea", "max-length", at + "contentArea: at most 80 characters"));
        }
        if (reference != null && reference.length() > 200) {
            out.add(new Violation(at + "reference", "max-length", at + "reference: at most 200 characters"));
        }
        if (author == null) {
            out.add(new Violation(at + "author", "required", at + "author: name the item's author"));
        } else if (author.length() > 100) {
            out.add(new Violation(at + "author", "max-length", at + "author: at most 100 characters"));
        }
        return out;
    }

    /** Refuses incomplete content, naming every broken rule. */
    public ItemContent checked() {
        List<Violation> problems = problems("");
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        return this;
    }
}

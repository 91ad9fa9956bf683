package org.tryon.licensing.statistics.domain;

import java.util.Arrays;
import java.util.Objects;

/**
 * The responses of one administration (or period) to one form, packed: one byte per candidate and item, candidates in
 * rows, items in the form's order in columns. A byte holds 0 for an item left blank and {@code 1 + (letter - 'A')} for
 * the option chosen (A = 1, B = 2, ...). The keys are the correct options of the items, in the same coding. Grows as
 * candidates are added, so a loader streaming rows from the database never boxes a response.
 */
public final class ResponseMatrix {

    /** The most option letters an item may have (A..Z). */
    public static final int MAX_OPTIONS = 26;

    private final int items;
    private final byte[] keys;
    private byte[] cells;
    private int candidates;

    /** @param keys the correct option of each item, as letters ("ABCD" for four items keyed A, B, C and D) */
    public ResponseMatrix(String keys, int expectedCandidates) {
        Objects.requireNonNull(keys);
        this.items = keys.length();
        this.keys = new byte[items];
        for (int j = 0; j < items; j++) {
            byte k = code(keys.charAt(j));
            if (k == 0) {
                throw new IllegalArgumentException("Item " + (j + 1) + " has no key");
            }
            this.keys[j] = k;
        }
        this.cells = new byte[Math.max(1, expectedCandidates) * Math.max(1, items)];
    }

    /** The code of an option letter: 0 for a blank (null char, space, '-' or '.'), 1 for A, 2 for B, ... */
    public static byte code(char letter) {
        char c = Character.toUpperCase(letter);
        if (c >= 'A' && c <= 'Z') {
            return (byte) (c - 'A' + 1);
        }
        return 0;
    }

    /** Adds a candidate whose items are all blank for now; returns the candidate's row. */
    public int addCandidate() {
        int needed = (candidates + 1) * items;
        if (needed > cells.length) {
            cells = Arrays.copyOf(cells, Math.max(needed, cells.length * 2));
        }
        return candidates++;
    }

    /** Records the option {@code chosen} (a letter; anything else is a blank) of a candidate for an item (0-based). */
    public void answer(int candidate, int item, char chosen) {
        set(candidate, item, code(chosen));
    }

    /** Records an option code (0 = blank, 1 = A, ...) of a candidate for an item (0-based). */
    public void set(int candidate, int item, byte optionCode) {
        if (candidate < 0 || candidate >= candidates || item < 0 || item >= items) {
            throw new IndexOutOfBoundsException("candidate " + candidate + ", item " + item);
        }
        cells[candidate * items + item] = optionCode;
    }

    /** Adds a candidate with one letter per item ('-' or ' ' for a blank): for tests and simulations. */
    public ResponseMatrix row(String letters) {
        if (letters.length() != items) {
            throw new IllegalArgumentException("A row needs " + items + " letters: " + letters);
        }
        int c = addCandidate();
        for (int j = 0; j < items; j++) {
            answer(c, j, letters.charAt(j));
        }
        return this;
    }

    public int items() {
        return items;
    }

    public int candidates() {
        return candidates;
    }

    byte cell(int candidate, int item) {
        return cells[candidate * items + item];
    }

    byte[] cells() {
        return cells;
    }

    byte key(int item) {
        return keys[item];
    }

    byte[] keys() {
        return keys;
    }
}

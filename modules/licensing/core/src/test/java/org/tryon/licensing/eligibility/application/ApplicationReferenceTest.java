package org.tryon.licensing.eligibility.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The candidate's application reference is random, not the record's id, and has no letters read wrongly (ADR 0033). */
class ApplicationReferenceTest {

    @Test
    @DisplayName(
            "106, ADR 0033: a reference is EX- and ten characters without 0, O, 1, I or L; a thousand references are all different")
    void randomReferences() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String r = Eligibility.newReference();
            assertThat(r).matches("EX-[A-HJKMNP-Z2-9]{10}");
            seen.add(r);
        }
        assertThat(seen).hasSize(1000);
        assertThat(Eligibility.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
    }
}

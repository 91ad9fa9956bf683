package org.tryon.platform.lists;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FullTextQueryTest {

    @Test
    @DisplayName("Search at county volume: each indexable word must begin a word of the column")
    void everyWordFromItsStart() {
        assertThat(Paths.fullTextQuery("6568 Providence")).isEqualTo("+6568* +providence*");
        assertThat(Paths.fullTextQuery("  700 N. Tryon-St ")).isEqualTo("+700* +tryon*");
    }

    @Test
    @DisplayName("Search at county volume: short words, stop words and the boolean syntax never reach the index")
    void noShortStopOrOperatorWords() {
        assertThat(Paths.fullTextQuery("12 of the")).isNull();
        assertThat(Paths.fullTextQuery("St")).isNull();
        assertThat(Paths.fullTextQuery("+elm* -oak \"park\" (x) ~y <z >w @2")).isEqualTo("+elm* +oak* +park*");
    }
}

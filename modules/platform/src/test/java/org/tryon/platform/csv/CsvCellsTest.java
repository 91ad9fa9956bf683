package org.tryon.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    @DisplayName(
            "a text a spreadsheet would run as a formula gets a leading apostrophe: = + - @ tab and carriage return")
    void formulas() {
        assertThat(CsvCells.safe((Object) "=HYPERLINK(\"http://evil\",\"x\")"))
                .isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(CsvCells.safe((Object) "+1+cmd")).isEqualTo("'+1+cmd");
        assertThat(CsvCells.safe((Object) "-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.safe((Object) "@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCells.safe((Object) "\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.safe((Object) "\r=1")).isEqualTo("'\r=1");
    }

    @Test
    @DisplayName("plain texts, numbers (negative ones too), dates and nulls stay as they are")
    void harmless() {
        assertThat(CsvCells.safe((Object) "Acme Builders")).isEqualTo("Acme Builders");
        assertThat(CsvCells.safe((Object) "<script>alert(1)</script>")).isEqualTo("<script>alert(1)</script>");
        assertThat(CsvCells.safe((Object) "-12.50")).isEqualTo("-12.50");
        assertThat(CsvCells.safe((Object) "+5")).isEqualTo("+5");
        assertThat(CsvCells.safe(new BigDecimal("-3.25"))).isEqualTo("-3.25");
        assertThat(CsvCells.safe((Object) "")).isEmpty();
        assertThat(CsvCells.safe((Object) null)).isNull();
        assertThat(Arrays.asList(CsvCells.safe("a", null, "=b", 4))).containsExactly("a", null, "'=b", "4");
        assertThat(CsvCells.safe(List.of("=x", "y"))).containsExactly("'=x", "y");
    }
}

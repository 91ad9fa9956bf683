package org.tryon.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PdfDocumentBuilderTest {

    @Test
    @DisplayName("a notice renders as a PDF with its letterhead, addressee, facts, sections, signature and footer")
    void rendersEveryPart() throws Exception {
        byte[] pdf = PdfDocumentBuilder.titled("Stop order")
                .issuer("Mecklenburg County", "Code Enforcement Department")
                .reference("SO-2026-000007")
                .dated(LocalDate.of(2026, 11, 23))
                .generatedOn(LocalDate.of(2026, 11, 24))
                .addressee("Pat Smith", List.of("Queen City Builders", "", "1 Main St, Charlotte, NC 28202"))
                .fact("Permit", "B-2026-000001")
                .fact("Left out", " ")
                .section("Work to be stopped", "Framing of the second floor.\n\nAll of it.")
                .section("Empty", null)
                .signature("inspector", "Inspector")
                .render();

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains(
                        "MECKLENBURG COUNTY - CODE ENFORCEMENT DEPARTMENT",
                        "Stop order",
                        "No. SO-2026-000007",
                        "Dated 11/23/2026",
                        "Pat Smith",
                        "Queen City Builders",
                        "Permit",
                        "B-2026-000001",
                        "Work to be stopped",
                        "Framing of the second floor.",
                        "All of it.",
                        "Inspector",
                        "Page 1",
                        "Generated 11/24/2026");
        assertThat(text).doesNotContain("Left out", "Empty");
        assertThat(reader.getInfo().get("Title")).isEqualTo("Stop order SO-2026-000007");
        reader.close();
    }

    @Test
    @DisplayName("a document without a title or with a blank addressee is refused")
    void refusesMissingParts() {
        assertThatThrownBy(() -> PdfDocumentBuilder.titled(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfDocumentBuilder.titled("Notice").addressee("", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("addressee");
    }
}

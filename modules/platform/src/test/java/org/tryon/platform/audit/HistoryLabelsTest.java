package org.tryon.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.money.Money;

class HistoryLabelsTest {

    @HistoryLabels({"pin=Parcel number (PIN)"})
    static class Sample {}

    @Test
    @DisplayName(
            "108.3: the History tab names fields in words (permitNumber is Permit number) or by the entity's own label")
    void labels() {
        assertThat(AuditHistory.label(Sample.class, "permitNumber")).isEqualTo("Permit number");
        assertThat(AuditHistory.label(Sample.class, "pin")).isEqualTo("Parcel number (PIN)");
        assertThat(AuditHistory.label(Object.class, "issuedBy")).isEqualTo("Issued by");
    }

    @Test
    @DisplayName(
            "108.3: values on the History tab are US dates, money with separators and codes in words; stored ones stay ISO")
    void values() {
        assertThat(AuditHistory.text(LocalDate.of(2026, 12, 8))).isEqualTo("12/08/2026");
        assertThat(AuditHistory.stored(LocalDate.of(2026, 12, 8))).isEqualTo("2026-12-08");
        assertThat(AuditHistory.text(Money.of("385000"))).isEqualTo("$385,000.00");
        assertThat(AuditHistory.text(Instant.parse("2026-12-07T00:27:14.20Z"))).isEqualTo("12/06/2026 7:27 PM");
        assertThat(AuditHistory.text(Kind.PERMIT_FEE)).isEqualTo("Permit fee");
        assertThat(AuditHistory.stored(Kind.PERMIT_FEE)).isEqualTo("PERMIT_FEE");
    }

    @Test
    @DisplayName("The REST API's history JSON keeps field names and stored values only, and the time as an ISO instant")
    void jsonUnchanged() throws Exception {
        var entry = new HistoryEntry(
                7,
                Instant.parse("2026-12-07T00:27:14Z"),
                "tech",
                "changed",
                List.of(new HistoryEntry.FieldChange("status", "APPLIED", "ISSUED", "Status", "Applied", "Issued")));
        try (var jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(entry);
            assertThat(json)
                    .contains("\"field\":\"status\"", "\"before\":\"APPLIED\"", "\"after\":\"ISSUED\"")
                    .contains("2026-12-07T00:27:14Z")
                    .doesNotContain("Applied", "label", "shown", "when");
        }
        assertThat(entry.when()).isEqualTo("12/06/2026 7:27 PM");
    }

    enum Kind {
        PERMIT_FEE
    }
}

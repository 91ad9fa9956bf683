package org.tryon.inspections.results.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.inspections.api.InspectionOutcome;
import org.tryon.platform.errors.RuleViolationException;

class PaperResultsCsvTest {

    private static List<PaperResultsCsv.Line> read(String csv) {
        return PaperResultsCsv.read(new StringReader(csv));
    }

    private static List<String> fields(String csv) {
        try {
            read(csv);
        } catch (RuleViolationException e) {
            return e.violations().stream()
                    .map(RuleViolationException.Violation::field)
                    .toList();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: a paper line names its request or its permit and inspection type, the outcome by name or label, the real moment and the defects")
    void readsLines() {
        List<PaperResultsCsv.Line> lines = read(
                "requestId,permitNumber,inspectionType,outcome,inspectedAt,inspector,defects,correctedDefectIds,notes\n"
                        + "12,,,failed,2026-11-20 09:30,Sam Lee,R602.3 | Missing ties | rear wall; R311.7 | Riser | stair,,on paper\n"
                        + ",B-2026-000042,BLD-FOOTING,Not ready,2026-11-20T10:05,Sam Lee,,7 8,\n");
        assertThat(lines).hasSize(2);
        RecordResult first = lines.get(0).result();
        assertThat(lines.get(0).number()).isEqualTo(2);
        assertThat(first.requestId()).isEqualTo(12L);
        assertThat(first.outcome()).isEqualTo(InspectionOutcome.FAILED);
        assertThat(first.inspectedAt()).isEqualTo(LocalDateTime.of(2026, 11, 20, 9, 30));
        assertThat(first.defects())
                .extracting(RecordResult.DefectInput::location)
                .containsExactly("rear wall", "stair");
        assertThat(first.notes()).isEqualTo("on paper");
        RecordResult second = lines.get(1).result();
        assertThat(lines.get(1).permitNumber()).isEqualTo("B-2026-000042");
        assertThat(second.inspectionType()).isEqualTo("BLD-FOOTING");
        assertThat(second.outcome()).isEqualTo(InspectionOutcome.NOT_READY);
        assertThat(second.correctedDefectIds()).containsExactly(7L, 8L);
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: every broken cell of the batch is named by line and column, before anything is recorded")
    void namesEveryBrokenCell() {
        assertThat(fields("requestId,outcome,inspectedAt,inspector,defects\n"
                        + "x,PASSED,2026-11-20 09:30,Sam,\n"
                        + "5,maybe,noon,,R1 | only two\n"))
                .containsExactly(
                        "line 2: requestId",
                        "line 2: requestId",
                        "line 3: outcome",
                        "line 3: inspectedAt",
                        "line 3: inspector",
                        "line 3: defects");
    }

    @Test
    @DisplayName(
            "Outage notice of December 2017: a batch without the required columns, with unknown ones, or without lines is refused")
    void headerAndEmptiness() {
        assertThat(fields("requestId,outcome,when\n1,PASSED,today\n")).containsExactly("header", "header", "header");
        assertThatThrownBy(() -> read("requestId,outcome,inspectedAt,inspector\n"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("no result line");
    }

    @Test
    @DisplayName(
            "108.10 F.2.1, outage notice of December 2017: the optional hours column carries the hours of a re-inspection charged by the hour; a number, "
                    + "on a line with its request")
    void hoursColumn() {
        List<PaperResultsCsv.Line> lines = read("requestId,outcome,inspectedAt,inspector,hours\n"
                + "7,PASSED,2026-11-20 09:30,Sam,1.75\n"
                + "8,PASSED,2026-11-20 10:30,Sam,\n");
        assertThat(lines.get(0).result().hours()).isEqualByComparingTo("1.75");
        assertThat(lines.get(1).result().hours()).isNull();
        assertThat(fields("requestId,permitNumber,inspectionType,outcome,inspectedAt,inspector,hours\n"
                        + "7,,,PASSED,2026-11-20 09:30,Sam,an hour\n"
                        + ",B-2026-1,BLD-FRAMING,PASSED,2026-11-20 09:30,Sam,1\n"))
                .containsExactly("line 2: hours", "line 3: hours");
    }

    @org.junit.jupiter.api.Test
    @org.junit.jupiter.api.DisplayName(
            "Outage notice of December 2017, REST contract: a paper moment in the county's local time, or with its offset converted to the county's")
    void momentWithOrWithoutOffset() {
        String header =
                "requestId,permitNumber,inspectionType,outcome,inspectedAt,inspector,defects,correctedDefectIds,notes\n";
        List<PaperResultsCsv.Line> lines = PaperResultsCsv.read(
                new StringReader(header + "1,,,PASSED,2026-11-20 09:30,Ines,,,\n"
                        + "2,,,PASSED,2026-11-20T14:30Z,Ines,,,\n" + "3,,,PASSED,2026-07-01T09:30-04:00,Ines,,,\n"),
                java.time.ZoneId.of("America/New_York"));
        org.assertj.core.api.Assertions.assertThat(lines)
                .extracting(l -> l.result().inspectedAt().toString())
                .containsExactly("2026-11-20T09:30", "2026-11-20T09:30", "2026-07-01T09:30");
    }
}

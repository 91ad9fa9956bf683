package org.tryon.permitting.permits.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.permitting.api.PermitStatus;
import org.tryon.platform.kernel.Trade;

class BldsPermitExportTest {

    @Test
    @DisplayName("BLDS: required fields first, mapped status and type, commas in values quoted")
    void writesBldsCsv() throws Exception {
        StringWriter out = new StringWriter();
        BldsPermitExport.write(
                List.of(new BldsPermitExport.Row(
                        "B-2026-000001",
                        "New house, 2 stories",
                        LocalDate.of(2026, 11, 20),
                        LocalDate.of(2026, 11, 23),
                        null,
                        PermitStatus.ISSUED,
                        LocalDate.of(2026, 11, 23),
                        "700 N Tryon St",
                        "Charlotte",
                        "NC",
                        "28202",
                        Trade.BUILDING,
                        new BigDecimal("385000.00"),
                        "Queen City Builders, Inc.",
                        "GC-71234",
                        Trade.BUILDING)),
                out);
        String[] lines = out.toString().split("\r\n");
        assertThat(lines[0])
                .startsWith(
                        "PermitNum,Description,AppliedDate,IssuedDate,CompletedDate,StatusCurrent,StatusCurrentMapped");
        assertThat(lines[1])
                .isEqualTo(
                        "B-2026-000001,\"New house, 2 stories\",2026-11-20,2026-11-23,,ISSUED,Permit Issued,2026-11-23,"
                                + "700 N Tryon St,Charlotte,NC,28202,BUILDING,Building,385000.00,\"Queen City Builders, Inc.\",GC-71234,Building");
    }

    @Test
    void everyStatusHasABldsMapping() {
        for (PermitStatus s : PermitStatus.values()) {
            assertThat(BldsPermitExport.mappedStatus(s)).isNotBlank();
        }
        assertThat(BldsPermitExport.mappedStatus(PermitStatus.REVOKED)).isEqualTo("Permit Cancelled");
        assertThat(BldsPermitExport.mappedStatus(PermitStatus.WORK_COMMENCED)).isEqualTo("Inspection Phase");
    }
}

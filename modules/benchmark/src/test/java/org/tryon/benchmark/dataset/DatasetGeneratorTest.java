package org.tryon.benchmark.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dataset generator at a thousandth of a year of the department's volume, on an embedded MariaDB migrated with
 * Tryon's migrations: the invariants hold and the counts have the department's shape; a broken ledger is caught.
 */
class DatasetGeneratorTest {

    private static final LocalDate UNTIL = LocalDate.of(2026, 11, 30);

    /** Columns the entities map to enums, and the enums (the context jars are on the generator's class path). */
    private static final Map<String, String> ENUMS = Map.ofEntries(
            Map.entry("perm_project.dwelling", "org.tryon.permitting.permits.domain.Dwelling"),
            Map.entry("perm_project.work_type", "org.tryon.permitting.permits.domain.WorkType"),
            Map.entry("perm_project.occupancy_group", "org.tryon.permitting.permits.domain.OccupancyGroup"),
            Map.entry("perm_project.state", "org.tryon.permitting.permits.domain.Project$State"),
            Map.entry("perm_permit.status", "org.tryon.permitting.api.PermitStatus"),
            Map.entry("perm_permit.trade", "org.tryon.platform.kernel.Trade"),
            Map.entry("perm_permit_status_change.to_status", "org.tryon.permitting.api.PermitStatus"),
            Map.entry("perm_contractor_license.board", "org.tryon.permitting.parties.domain.LicenseBoard"),
            Map.entry("perm_enforcement_action.kind", "org.tryon.permitting.enforcement.domain.EnforcementKind"),
            Map.entry("perm_enforcement_action.status", "org.tryon.permitting.enforcement.domain.ActionStatus"),
            Map.entry(
                    "perm_enforcement_action.corrective_action",
                    "org.tryon.permitting.enforcement.domain.CorrectiveAction"),
            Map.entry("perm_certificate.kind", "org.tryon.permitting.certificates.domain.CertificateKind"),
            Map.entry("insp_permit.status", "org.tryon.permitting.api.PermitStatus"),
            Map.entry("insp_permit_status.status", "org.tryon.permitting.api.PermitStatus"),
            Map.entry("insp_request.status", "org.tryon.inspections.requests.domain.InspectionRequest$Status"),
            Map.entry("insp_result.outcome", "org.tryon.inspections.api.InspectionOutcome"),
            Map.entry("insp_hifr_decision.verdict", "org.tryon.inspections.hifr.domain.HifrRules$Verdict"),
            Map.entry("insp_hifr_listing.discipline", "org.tryon.platform.kernel.Trade"),
            Map.entry("fees_account.kind", "org.tryon.fees.ledger.domain.Account$Kind"));

    @Test
    @DisplayName(
            "one year at scale 0.001: every invariant holds (ledger, 108.10 inspections of issued permits, 108.8.1"
                    + " and 108.10 E clocks) and the counts are the department's shape; an unbalanced posting breaks the ledger's")
    void tinyYear() throws Exception {
        Path dir = Path.of("target", "dataset-test").toAbsolutePath();
        DatasetOptions o = DatasetOptions.parse(
                "--years",
                "1",
                "--scale",
                "0.001",
                "--seed",
                "7",
                "--until",
                UNTIL.toString(),
                "--replace",
                "--data-dir",
                dir.toString());
        List<String> lines = new ArrayList<>();
        Map<String, Long> broken = new java.util.HashMap<>();
        DatasetGenerator.Result r = DatasetGenerator.run(o, lines::add, c -> {
            try (Statement s = c.createStatement()) {
                // every value of an enum column is a constant the application's entity can read
                for (Map.Entry<String, String> e : ENUMS.entrySet()) {
                    String[] tc = e.getKey().split("\\.");
                    List<String> known;
                    try {
                        known = java.util.Arrays.stream(
                                        Class.forName(e.getValue()).getEnumConstants())
                                .map(k -> ((Enum<?>) k).name())
                                .toList();
                    } catch (ClassNotFoundException x) {
                        throw new AssertionError(x);
                    }
                    try (java.sql.ResultSet rs = s.executeQuery(
                            "select distinct " + tc[1] + " from " + tc[0] + " where " + tc[1] + " is not null")) {
                        while (rs.next()) {
                            assertThat(known).as(e.getKey()).contains(rs.getString(1));
                        }
                    }
                }
                // the checks can fail: a posting whose one line does not balance breaks the ledger's invariants
                s.executeUpdate(
                        "insert into fees_posting (id, posted_at, posted_by, effective_date, fee_code, description,"
                                + " cause_type, cause_id, cause_scope) values (999999, now(6), 'test', '2026-11-30', 'PERMIT_FEE',"
                                + " 'unbalanced', 'test', '1', 0)");
                s.executeUpdate("insert into fees_posting_line (posting_id, account_id, amount) select 999999, min(id),"
                        + " 10.00 from fees_account");
            }
            Invariants.check(c, UNTIL.minusYears(1).plusDays(1), UNTIL).stream()
                    .filter(k -> !k.holds())
                    .forEach(k -> broken.put(k.name(), k.broken()));
        });

        assertThat(r.checks().stream().filter(c -> !c.holds()).map(Invariants.Check::name))
                .as("broken invariants")
                .isEmpty();
        assertThat(r.ok()).isTrue();
        Map<String, Long> n = r.counts();
        assertThat(n.get("perm_project")).isEqualTo(50);
        assertThat(n.get("perm_permit")).isBetween(80L, 130L); // about two permits a project
        assertThat(n.get("perm_contractor")).isEqualTo(40); // 20,000 x 0.001, at least 40
        assertThat(n.get("insp_inspector")).isEqualTo(126);
        assertThat(n.get("insp_result")).isBetween(200L, 450L); // about 320 a year at this scale
        assertThat(n.get("insp_request")).isEqualTo(n.get("insp_result"));
        assertThat(n.get("perm_clock_run")).isEqualTo(365);
        assertThat(n.get("fees_posting_line")).isEqualTo(2 * n.get("fees_posting"));
        assertThat(Files.readString(dir.resolve("dataset-report.md"))).contains("| perm_permit |", "holds");
        assertThat(lines).anyMatch(l -> l.startsWith("Every invariant holds"));
        assertThat(broken)
                .containsEntry("ledger: every posting's lines sum to zero", 1L)
                .containsEntry("ledger: all lines sum to zero", 1L)
                .containsEntry("ledger: every posting has two lines or more", 1L)
                .hasSize(3);
    }

    @Test
    @DisplayName("the command line: 1 to 10 years, a scale above 0 and at most 1, never the developer's ~/.tryon")
    void commandLine() {
        assertThat(DatasetOptions.parse("--years", "3").dataDir)
                .isEqualTo(Path.of(System.getProperty("user.home"), ".tryon-dataset", "3y"));
        assertThatThrownBy(() -> DatasetOptions.parse("--years", "11")).hasMessageContaining("1 to 10");
        assertThatThrownBy(() -> DatasetOptions.parse("--scale", "0")).hasMessageContaining("above 0");
        assertThatThrownBy(() -> DatasetOptions.parse("--scale", "1.5")).hasMessageContaining("at most 1");
        assertThatThrownBy(() -> DatasetOptions.parse(
                        "--data-dir",
                        Path.of(System.getProperty("user.home"), ".tryon").toString()))
                .hasMessageContaining("must not be");
    }

    @Test
    @DisplayName("108.8.1 / 108.10 E: a commenced permit is void 12 months after the later of its latest request or"
            + " inspection, whichever deadline comes first, as PermitClocks computes it")
    void voidDay() {
        LocalDate commenced = LocalDate.of(2025, 3, 3);
        assertThat(DepartmentData.voidDay(commenced, null, null)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(DepartmentData.voidDay(commenced, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 2)))
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(DepartmentData.voidDay(commenced, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 2)))
                .isEqualTo(LocalDate.of(2026, 5, 2));
    }
}

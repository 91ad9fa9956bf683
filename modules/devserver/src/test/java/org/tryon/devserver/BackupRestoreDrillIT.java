package org.tryon.devserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The restore drill (ADR 0021): an embedded MariaDB as deploy/start.sh runs it (binary log on), the schema of every
 * module from its real migrations (with the ledger's append-only triggers), ledger rows written before and after a
 * backup made by deploy/backup.sh, then deploy/restore.sh into fresh databases: the full restore equals the live
 * database table by table (row count and CHECKSUM TABLE), the point-in-time restore equals the database as it was at
 * the chosen moment (the rows written before it present, those after it absent), and the dump alone equals the
 * database when the backup was taken.
 */
class BackupRestoreDrillIT {

    private static final Path REPO = Path.of(System.getProperty("tryon.repoRoot", "../.."))
            .toAbsolutePath()
            .normalize();
    private static final Path DATA = Path.of("target", "backup-drill").toAbsolutePath();
    private static final Path BACKUPS = DATA.resolve("backups");
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    private static DevServer server;
    private static Map<String, String> atBackup;
    private static Map<String, String> atMoment;
    private static Map<String, String> atEnd;
    private static String moment;
    private static String backupOutput;
    private static int postings;

    @BeforeAll
    static void populateBackUpAndWriteMore() throws Exception {
        deleteRecursively(DATA);
        server = DevServer.builder().dataDir(DATA).dbPort(0).out(System.out).build();
        server.startDatabase();
        applyMigrations();

        // A: the ledger before the backup
        server.runSql(
                "insert into fees_account (code, kind, name, opened_at, version) values "
                        + "('C-1', 'CONTRACTOR', 'Hart Builders', now(6), 0), ('C-2', 'CONTRACTOR', 'Bell Electric', now(6), 0)");
        post("A", 20);
        atBackup = snapshot("tryon");
        backupOutput = script("backup.sh", "--data", DATA.toString(), "--backup-dir", BACKUPS.toString());

        // B: written after the backup, before the moment
        post("B", 15);
        server.runSql("update fees_account set name = 'Hart Builders LLC', version = version + 1 where code = 'C-1'");
        atMoment = snapshot("tryon");
        nextSecond();
        moment = server.runSql("select date_format(now(), '%Y-%m-%d %H:%i:%s') as t")
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow()
                .trim();
        nextSecond();

        // C: written after the moment
        server.runSql(
                "insert into fees_account (code, kind, name, opened_at, version) values ('O-9', 'OWNER', 'Pat Lee', now(6), 0)");
        post("C", 10);
        atEnd = snapshot("tryon");
        script("backup.sh", "--data", DATA.toString(), "--backup-dir", BACKUPS.toString(), "--binlogs-only");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @DisplayName("The server writes a binary log in row format, synced at every commit")
    void binaryLogIsOn() {
        String vars =
                server.runSql("select @@log_bin, @@binlog_format, @@sync_binlog, @@innodb_flush_log_at_trx_commit");
        assertThat(vars.lines().skip(1).findFirst().orElseThrow().split("\t")).containsExactly("1", "ROW", "1", "1");
        assertThat(backupOutput).contains("backup complete", "binary-log position tryon-bin.");
    }

    @Test
    @DisplayName("A full restore (dump + every binary log) equals the live database, table by table")
    void fullRestoreEqualsTheLiveDatabase() {
        String out = script(
                "restore.sh",
                "--data",
                DATA.toString(),
                "--backup-dir",
                BACKUPS.toString(),
                "--database",
                "drill_full");
        assertThat(out).contains("replaying", "restored 'drill_full'");
        Map<String, String> restored = snapshot("drill_full");
        assertThat(restored).hasSizeGreaterThan(50).isEqualTo(atEnd);
        assertThat(count("drill_full", "fees_posting")).isEqualTo(postings);
        // the append-only triggers came back with the tables
        assertThatThrownBy(() -> server.runSql("update drill_full.fees_posting set description = 'changed'"))
                .hasMessageContaining("append-only");
    }

    @Test
    @DisplayName("A point-in-time restore holds what was committed before the moment and nothing after it")
    void pointInTimeRestore() {
        // with the live server's own binary logs too (as after a loss between two copies): merged with the backup's
        String out = script(
                "restore.sh",
                "--data",
                DATA.toString(),
                "--backup-dir",
                BACKUPS.toString(),
                "--database",
                "drill_pit",
                "--until",
                moment,
                "--binlog-dir",
                DATA.resolve("mariadb").resolve("data").toString());
        assertThat(out).contains("up to " + moment);
        assertThat(snapshot("drill_pit")).isEqualTo(atMoment).isNotEqualTo(atEnd);
        assertThat(server.runSql("select count(*) as n from drill_pit.fees_posting where description like 'B %'"))
                .contains("\n15");
        assertThat(server.runSql("select count(*) as n from drill_pit.fees_posting where description like 'C %'"))
                .contains("\n0");
        assertThat(server.runSql("select name from drill_pit.fees_account where code = 'C-1'"))
                .contains("Hart Builders LLC");
        assertThat(server.runSql("select count(*) as n from drill_pit.fees_account where code = 'O-9'"))
                .contains("\n0");
    }

    @Test
    @DisplayName("The dump alone is the database as it was when the backup was taken")
    void dumpOnlyRestore() {
        script(
                "restore.sh",
                "--data",
                DATA.toString(),
                "--backup-dir",
                BACKUPS.toString(),
                "--database",
                "drill_dump",
                "--no-binlogs");
        assertThat(snapshot("drill_dump")).isEqualTo(atBackup);
    }

    @Test
    @DisplayName("A restore refuses to overwrite an existing database and a moment before the backup, and says why")
    void refusals() {
        assertThat(run(
                        "restore.sh",
                        "--data",
                        DATA.toString(),
                        "--backup-dir",
                        BACKUPS.toString(),
                        "--database",
                        "tryon"))
                .satisfies(r -> assertThat(r.code).isNotZero())
                .satisfies(r -> assertThat(r.output).contains("exists"));
        assertThat(run(
                        "restore.sh",
                        "--data",
                        DATA.toString(),
                        "--backup-dir",
                        BACKUPS.toString(),
                        "--database",
                        "drill_early",
                        "--until",
                        "2001-01-01 00:00:00"))
                .satisfies(r -> assertThat(r.code).isNotZero())
                .satisfies(r -> assertThat(r.output).contains("before this backup was taken"));
        assertThat(server.runSql(
                        "select count(*) as n from information_schema.schemata where schema_name = 'drill_early'"))
                .contains("\n0");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Every module's migrations, in version order, as Flyway would run them (plain SQL, one statement per trigger). */
    private static void applyMigrations() throws IOException {
        List<Path> dirs;
        try (Stream<Path> walk = Files.walk(REPO.resolve("modules"), 9)) {
            dirs = walk.filter(Files::isDirectory)
                    .filter(p -> p.getParent() != null && p.getParent().endsWith(Path.of("db", "migration")))
                    .filter(p -> p.toString().contains("src" + java.io.File.separator + "main"))
                    .sorted()
                    .toList();
        }
        assertThat(dirs).as("migration directories under " + REPO).hasSizeGreaterThanOrEqualTo(5);
        StringBuilder all = new StringBuilder();
        for (Path dir : dirs) {
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(
                                f -> VERSION.matcher(f.getFileName().toString()).matches())
                        .sorted(Comparator.comparingInt(BackupRestoreDrillIT::version))
                        .toList();
            }
            for (Path f : files) {
                all.append(Files.readString(f, StandardCharsets.UTF_8)).append("\n");
            }
        }
        server.runSql(all.toString()); // one client for all: the drill is about the backup, not about starting clients
    }

    private static int version(Path f) {
        Matcher m = VERSION.matcher(f.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** {@code n} balanced postings (a charge to the contractor's account and its revenue line), one transaction each. */
    private static void post(String batch, int n) {
        StringBuilder sql = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            postings++;
            sql.append("start transaction;\n")
                    .append(
                            "insert into fees_posting (posted_at, posted_by, effective_date, fee_code, description, cause_type, cause_id) ")
                    .append("values (now(6), 'tech', curdate(), 'BLD-PERMIT', '")
                    .append(batch)
                    .append(" permit fee ")
                    .append(i)
                    .append("', 'PERMIT', '")
                    .append(batch)
                    .append('-')
                    .append(i)
                    .append("');\n")
                    .append("insert into fees_posting_line (posting_id, account_id, amount) values (last_insert_id(), ")
                    .append("(select id from fees_account where code = 'C-1'), ")
                    .append(100 + i)
                    .append(".25);\n")
                    .append("commit;\n");
        }
        server.runSql(sql.toString());
    }

    /** Per table of the database: its row count and its CHECKSUM TABLE. */
    private static Map<String, String> snapshot(String db) {
        List<String> tables = server.runSql("select table_name from information_schema.tables where table_schema = '"
                        + db + "' and table_type = 'BASE TABLE' order by table_name")
                .lines()
                .skip(1)
                .map(String::trim)
                .toList();
        Map<String, String> snapshot = new TreeMap<>();
        List<String> counts = new ArrayList<>();
        for (String t : tables) {
            counts.add("select '" + t + "', count(*) from `" + db + "`.`" + t + "`");
        }
        Map<String, String> rowCounts = new LinkedHashMap<>();
        for (int from = 0; from < counts.size(); from += 40) {
            String sql = String.join(" union all ", counts.subList(from, Math.min(counts.size(), from + 40)));
            server.runSql(sql).lines().skip(1).map(l -> l.split("\t")).forEach(r -> rowCounts.put(r[0], r[1]));
        }
        String checksums = server.runSql("checksum table "
                + String.join(
                        ", ",
                        tables.stream().map(t -> "`" + db + "`.`" + t + "`").toList()));
        checksums.lines().skip(1).map(l -> l.split("\t")).forEach(r -> {
            String table = r[0].substring(r[0].indexOf('.') + 1);
            snapshot.put(table, rowCounts.get(table) + " rows, checksum " + r[1]);
        });
        return snapshot;
    }

    private static int count(String db, String table) {
        return Integer.parseInt(server.runSql("select count(*) as n from " + db + "." + table)
                .lines()
                .skip(1)
                .findFirst()
                .orElseThrow()
                .trim());
    }

    /** Sleeps until the database's clock shows the next second (binary-log events carry whole seconds). */
    private static void nextSecond() throws InterruptedException {
        String start = server.runSql("select now() as t");
        do {
            Thread.sleep(200);
        } while (server.runSql("select now() as t").equals(start));
    }

    private record Result(int code, String output) {}

    private static String script(String name, String... args) {
        Result r = run(name, args);
        assertThat(r.code)
                .as(name + " " + String.join(" ", args) + " printed:\n" + r.output)
                .isZero();
        return r.output;
    }

    private static Result run(String name, String... args) {
        List<String> cmd = new ArrayList<>(
                List.of("bash", REPO.resolve("deploy").resolve(name).toString()));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(name + " took more than 120 s:\n" + out);
            }
            System.out.println("$ " + String.join(" ", cmd) + "\n" + out);
            return new Result(p.exitValue(), out);
        } catch (IOException e) {
            throw new AssertionError("cannot run " + cmd + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

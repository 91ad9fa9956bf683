package org.tryon.benchmark.hotpaths;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.benchmark.hotpaths.QueryPlans.Captured;

class QueryPlansTest {

    /** As MariaDB writes its general log to a file: a header, a time on the first entry of each second, tabs. */
    static final String LOG = String.join(
            "\n",
            "/opt/mariadb/bin/mariadbd, Version: 11.4.2-MariaDB (MariaDB Server). started with:",
            "Tcp port: 3306  Unix socket: /tmp/mysqld.sock",
            "Time\t\t    Id Command\tArgument",
            "261206 21:02:03\t     7 Query\tselect p1_0.id,p1_0.number from perm_permit p1_0",
            "   where p1_0.status=1",
            "\torder by p1_0.number",
            "\t\t     7 Query\tSET autocommit=0",
            "\t\t     7 Query\tSELECT @@max_allowed_packet",
            "\t\t     7 Query\tselect 1",
            "\t\t     8 Execute\tselect p1_0.id,p1_0.number from perm_permit p1_0 where p1_0.status=1 order by p1_0.number",
            "\t\t     8 Query\tinsert into plat_outbox (id) values (3)",
            "\t\t     8 Query\tupdate perm_permit set status=2 where id=3",
            "261206 21:02:04\t     8 Query\t/* load Permit */ select p.id from perm_permit p where p.id=3",
            "\t\t     7 Query\tselect\tp1_0.id,p1_0.number  from perm_permit p1_0 where p1_0.status=1 order by p1_0.number",
            "\t\t     8 Query\tCOMMIT",
            "\t\t     8 Close stmt\t",
            "\t\t     9 Connect\troot@localhost on tryon using Socket",
            "\t\t     9 Query\tselect count(*) from perm_permit",
            "\t\t     9 Query\tSET GLOBAL general_log = 'OFF'",
            "");

    @Test
    @DisplayName("the log's SELECTs: multi-line statements joined, Execute counted, duplicates counted, most first")
    void parsesTheGeneralLog() {
        List<Captured> captured = QueryPlans.parse(LOG, "tryon");

        assertThat(captured)
                .containsExactly(
                        new Captured(
                                "select p1_0.id,p1_0.number from perm_permit p1_0 where p1_0.status=1 order by p1_0.number",
                                3),
                        new Captured("select p.id from perm_permit p where p.id=3", 1));
    }

    @Test
    @DisplayName("without an application user every connection counts, the administrator's too")
    void everyConnection() {
        assertThat(QueryPlans.parse(LOG, null).stream().map(Captured::sql))
                .contains("select count(*) from perm_permit");
        assertThat(QueryPlans.parse("", "tryon")).isEmpty();
    }

    @Test
    @DisplayName("only statements that read a table are SELECTs to plan")
    void selects() {
        assertThat(QueryPlans.isSelect("with x as (select 1 from dual) select * from x"))
                .isTrue();
        assertThat(QueryPlans.isSelect("SELECT NEXT VALUE FOR seq")).isFalse();
        assertThat(QueryPlans.isSelect("delete from perm_permit")).isFalse();
        assertThat(QueryPlans.normalise(" /* a */ /* b */\n select\t a \r\n from  t "))
                .isEqualTo("select a from t");
    }

    @Test
    @DisplayName("the Markdown table escapes | and keeps each row on one line; null cells are empty")
    void markdownEscaping() {
        String md = QueryPlans.markdownTable(
                List.of("id", "Extra"),
                List.of(Arrays.asList("1", "Using where | filesort\nx"), Arrays.asList(null, "a\\b")));

        assertThat(md.lines().toList())
                .containsExactly("| id | Extra |", "|---|---|", "| 1 | Using where \\| filesort x |", "|  | a\\\\b |");
    }
}

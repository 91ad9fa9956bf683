package org.tryon.benchmark.dataset;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's invariants, checked with SQL on the loaded database: each is a query that counts the rows that
 * break it (0 when it holds). The load ran with foreign key checks off, so the foreign keys the generator relies on
 * are checked here too.
 */
final class Invariants {

    /** One invariant: its name and the count of rows that break it. */
    record Check(String name, long broken) {
        boolean holds() {
            return broken == 0;
        }
    }

    private Invariants() {}

    static Map<String, String> queries(LocalDate first, LocalDate until) {
        String today = "'" + until + "'";
        Map<String, String> q = new LinkedHashMap<>();
        // the ledger balances
        q.put(
                "ledger: every posting's lines sum to zero",
                "select count(*) from (select posting_id from fees_posting_line"
                        + " group by posting_id having sum(amount) <> 0) x");
        q.put(
                "ledger: all lines sum to zero",
                "select count(*) from (select sum(amount) s from fees_posting_line) x" + " where coalesce(s, 0) <> 0");
        q.put(
                "ledger: every posting has two lines or more",
                "select count(*) from fees_posting p where (select count(*)"
                        + " from fees_posting_line l where l.posting_id = p.id) < 2");
        q.put(
                "ledger: every line's account exists",
                "select count(*) from fees_posting_line l left join fees_account a"
                        + " on a.id = l.account_id where a.id is null");
        // every inspection belongs to an issued permit
        q.put(
                "inspections: every result belongs to a permit issued on or before its day",
                "select count(*) from"
                        + " insp_result r left join perm_permit p on p.id = r.permit_id where p.id is null or p.issued_on is null"
                        + " or p.issued_on > r.inspected_at");
        q.put(
                "inspections: every result's permit is known to inspections",
                "select count(*) from insp_result r"
                        + " left join insp_permit i on i.permit_id = r.permit_id where i.permit_id is null");
        q.put(
                "inspections: every result answers a request of its permit",
                "select count(*) from insp_result r"
                        + " left join insp_request q on q.id = r.request_id where q.id is null or q.permit_id <> r.permit_id");
        q.put(
                "inspections: every failure lists a defect (108.10 D)",
                "select count(*) from insp_result r where"
                        + " r.outcome = 'FAILED' and not exists (select 1 from insp_defect d where d.result_id = r.id)");
        q.put(
                "inspections: a finaled permit has a passed final",
                "select count(*) from perm_permit p where p.status in"
                        + " ('FINALED', 'CERTIFICATE_ISSUED') and not exists (select 1 from insp_result r where r.permit_id = p.id"
                        + " and r.is_final and r.outcome = 'PASSED')");
        // clocks (108.8.1, 108.10 E)
        q.put(
                "clocks: issued permits not commenced are younger than 6 months",
                "select count(*) from perm_permit where" + " status = 'ISSUED' and issued_on + interval 6 month <= "
                        + today);
        q.put(
                "clocks: an expired permit never commenced and expired 6 months after issue",
                "select count(*) from"
                        + " perm_permit p where p.status = 'EXPIRED' and (p.commenced_on is not null or not exists (select 1 from"
                        + " perm_permit_status_change c where c.permit_id = p.id and c.to_status = 'EXPIRED' and c.effective_on"
                        + " = p.issued_on + interval 6 month))");
        String voidDay = "least(greatest(p.commenced_on, coalesce(p.latest_request_on, p.commenced_on)) + interval 12"
                + " month, greatest(p.commenced_on, coalesce(p.latest_inspection_on, p.commenced_on)) + interval 12 month)";
        q.put(
                "clocks: commenced permits have a deadline after today",
                "select count(*) from perm_permit p where" + " p.status = 'WORK_COMMENCED' and " + voidDay + " <= "
                        + today);
        q.put(
                "clocks: a void permit was voided on its deadline",
                "select count(*) from perm_permit p where p.status ="
                        + " 'VOID' and not exists (select 1 from perm_permit_status_change c where c.permit_id = p.id and"
                        + " c.to_status = 'VOID' and c.effective_on = " + voidDay + ")");
        q.put(
                "clocks: commenced on or after issue, requested before the latest inspection",
                "select count(*) from"
                        + " perm_permit p where p.commenced_on < p.issued_on or p.latest_inspection_on < p.commenced_on"
                        + " or p.latest_request_on > p.latest_inspection_on");
        q.put(
                "clocks: one clock run a day",
                "select abs(count(*) - (datediff(" + today + ", '" + first + "') + 1))"
                        + " from perm_clock_run where run_date between '" + first + "' and " + today);
        // keys the load did not check
        q.put(
                "keys: permit -> project, contractor",
                "select count(*) from perm_permit p left join perm_project j on"
                        + " j.id = p.project_id left join perm_contractor c on c.id = p.contractor_id where j.id is null or"
                        + " (p.contractor_id is not null and c.id is null)");
        q.put(
                "keys: project -> owner",
                "select count(*) from perm_project j left join perm_owner o on o.id = j.owner_id"
                        + " where o.id is null");
        q.put(
                "keys: license, bond -> contractor",
                "select (select count(*) from perm_contractor_license l left join"
                        + " perm_contractor c on c.id = l.contractor_id where c.id is null) + (select count(*) from perm_bond b"
                        + " left join perm_contractor c on c.id = b.contractor_id where c.id is null)");
        q.put(
                "keys: status change -> permit",
                "select count(*) from perm_permit_status_change s left join perm_permit p"
                        + " on p.id = s.permit_id where p.id is null");
        q.put(
                "keys: defect -> result",
                "select count(*) from insp_defect d left join insp_result r on r.id = d.result_id"
                        + " left join insp_result k on k.id = d.corrected_by_result_id where r.id is null or"
                        + " (d.corrected_by_result_id is not null and k.id is null)");
        q.put(
                "keys: request -> inspector",
                "select count(*) from insp_request q left join insp_inspector i on i.id ="
                        + " q.inspector_id where q.inspector_id is not null and i.id is null");
        q.put(
                "keys: enforcement -> permit, certificate -> project",
                "select (select count(*) from"
                        + " perm_enforcement_action a left join perm_permit p on p.id = a.permit_id where p.id is null) +"
                        + " (select count(*) from perm_certificate c left join perm_project j on j.id = c.project_id where j.id"
                        + " is null)");
        return q;
    }

    static List<Check> check(Connection c, LocalDate first, LocalDate until) throws SQLException {
        List<Check> checks = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> e : queries(first, until).entrySet()) {
                try (ResultSet rs = s.executeQuery(e.getValue())) {
                    rs.next();
                    checks.add(new Check(e.getKey(), rs.getLong(1)));
                }
            }
        }
        return checks;
    }

    /** Rows per table as the database counts them. */
    static Map<String, Long> counts(Connection c, Iterable<String> tables) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + t)) {
                    rs.next();
                    m.put(t, rs.getLong(1));
                }
            }
        }
        return m;
    }
}

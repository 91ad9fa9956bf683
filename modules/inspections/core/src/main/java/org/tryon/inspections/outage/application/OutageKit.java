package org.tryon.inspections.outage.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tryon.inspections.assignment.application.DayListView;
import org.tryon.inspections.assignment.application.InspectionSchedule;
import org.tryon.inspections.assignment.domain.Inspector;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.platform.csv.CsvCells;
import org.tryon.platform.jobs.DailyJob;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.CountyCalendar;

/**
 * Outage notice of December 2017: when the system or the network is down, inspections go on by phone and paper. The kit
 * of a day holds each inspector's list in route order (addresses, permit numbers, who asked and
 * their phone) and the staff directory with phone numbers, as a printable PDF and as CSV. Every
 * evening after the export time (a setting) the kit of the next working day is written to the kit
 * directory ({@code tryon.kit.dir}), once per day, whichever instance gets there first.
 */
@ApplicationScoped
public class OutageKit implements DailyJob {

    static final List<String> CSV_COLUMNS = List.of(
            "day",
            "inspector",
            "inspectorPhone",
            "position",
            "urgent",
            "permitNumber",
            "inspection",
            "address",
            "requestedBy",
            "contactPhone");

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    InspectionSchedule schedule;

    @Inject
    Letterhead letterhead;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar calendar;

    @Inject
    CurrentUser user;

    @Inject
    @ConfigProperty(name = "tryon.kit.dir", defaultValue = "${user.home}/.tryon/kits")
    String kitDir;

    /** The record of an evening export. */
    public record Export(LocalDate kitDay, String pdf, String csv, java.time.Instant exportedAt)
            implements java.io.Serializable {}

    private List<Inspector> active() {
        return em.createQuery("select i from Inspector i where i.active = true order by i.displayName", Inspector.class)
                .getResultList();
    }

    private void requireStaff() {
        user.requireAnyRole(
                "Outage notice: the outage kit is for the department's staff",
                Roles.INSPECTOR,
                Roles.PERMIT_TECHNICIAN,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
    }

    /** The kit of {@code day} as a printable PDF. */
    @Transactional
    public byte[] pdf(LocalDate day) {
        requireStaff();
        return renderPdf(day);
    }

    private byte[] renderPdf(LocalDate day) {
        PdfDocumentBuilder doc = letterhead
                .document("Inspections kit for " + UsFormat.date(day))
                .reference("KIT-" + day)
                .dated(LocalDate.now(clock))
                .fact("Day", UsFormat.date(day))
                .fact("Printed", UsFormat.dateTime(LocalDateTime.now(clock)));
        List<Inspector> inspectors = active();
        for (Inspector inspector : inspectors) {
            DayListView list = schedule.dayListOf(inspector, day);
            String phone = inspector.getPhone();
            String stops = list.stops().isEmpty()
                    ? "No inspection assigned."
                    : list.stops().stream()
                            .map(s -> s.position() + ". " + (s.urgent() ? "URGENT " : "") + s.permitNumber() + ", "
                                    + s.inspectionName() + ", " + s.address() + "; requested by " + s.requestedBy()
                                    + (s.contactPhone() == null ? "" : ", " + s.contactPhone()))
                            .collect(Collectors.joining("\n"));
            doc.section(
                    list.inspectorName() + (phone == null ? "" : " (" + phone + ")") + ": "
                            + list.stops().size() + " of " + list.capacity(),
                    stops);
        }
        doc.section(
                "Staff directory",
                inspectors.stream()
                        .map(i -> i.getDisplayName() + ": " + (i.getPhone() == null ? "no phone" : i.getPhone())
                                + " ("
                                + i.getTrades().stream()
                                        .sorted()
                                        .map(t -> t.label())
                                        .collect(Collectors.joining(", ")) + "; districts "
                                + String.join(
                                        ", ", i.getDistricts().stream().sorted().toList()) + ")")
                        .collect(Collectors.joining("\n")));
        doc.section(
                "When the system is down",
                "Record each result on paper with its real date and time, the defects (code section, "
                        + "description, location) and the inspector. When the system is back, enter them on Inspections > Results taken on paper.");
        return doc.render();
    }

    /** The kit of {@code day} as CSV: one line per stop, the same lists as the PDF. */
    @Transactional
    public String csv(LocalDate day) {
        requireStaff();
        return renderCsv(day);
    }

    private String renderCsv(LocalDate day) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(CSV_COLUMNS.toArray(String[]::new))
                        .get())) {
            for (Inspector i : active()) {
                for (DayListView.Stop s : schedule.dayListOf(i, day).stops()) {
                    csv.printRecord(CsvCells.safe(
                            day,
                            i.getDisplayName(),
                            i.getPhone(),
                            s.position(),
                            s.urgent(),
                            s.permitNumber(),
                            s.inspectionName(),
                            s.address(),
                            s.requestedBy(),
                            s.contactPhone()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public String name() {
        return "Outage kit";
    }

    /** After the evening export time, the next working day's kit, once. */
    @Override
    @Transactional
    public String runIfDue() {
        LocalDateTime now = LocalDateTime.now(clock);
        if (now.toLocalTime().isBefore(settings.valueOn(InspectionSettings.KIT_EXPORT_TIME, now.toLocalDate()))) {
            return null;
        }
        Export e = export(calendar.calendar().nextWorkingDay(now.toLocalDate()));
        return e == null ? null : "kit of " + e.kitDay() + " written to " + e.pdf();
    }

    /** Writes the kit of {@code day} unless it was written already; null when it was. */
    @Transactional
    public Export exportNow(LocalDate day) {
        user.requireAnyRole(
                "Outage notice: a trade code administrator or the administrator exports the kit",
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        return export(day);
    }

    private Export export(LocalDate day) {
        Path dir = Path.of(kitDir.replace("${user.home}", System.getProperty("user.home")));
        Path pdf = dir.resolve("kit-" + day + ".pdf");
        Path csv = dir.resolve("kit-" + day + ".csv");
        int inserted = em.createNativeQuery(
                        "insert ignore into insp_kit_export (kit_date, pdf_path, csv_path, exported_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, day)
                .setParameter(2, pdf.toString())
                .setParameter(3, csv.toString())
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return null;
        }
        try {
            Files.createDirectories(dir);
            write(pdf, renderPdf(day));
            write(csv, renderCsv(day).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // the row rolls back with the transaction: the next tick tries again
            throw new UncheckedIOException("Could not write the outage kit to " + dir, e);
        }
        return new Export(day, pdf.toString(), csv.toString(), clock.instant());
    }

    /** Writes through a temporary file, so that a half-written kit never replaces a whole one. */
    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The kits written, newest first. */
    @Transactional
    public List<Export> exports() {
        requireStaff();
        List<Object[]> rows = em.createNativeQuery(
                        "select kit_date, pdf_path, csv_path, exported_at from insp_kit_export order by kit_date desc limit 60",
                        Object[].class)
                .getResultList();
        return rows.stream()
                .map(r -> new Export(toDate(r[0]), (String) r[1], (String) r[2], toInstant(r[3])))
                .toList();
    }

    private static LocalDate toDate(Object o) {
        return o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    private static java.time.Instant toInstant(Object o) {
        if (o instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof LocalDateTime l) {
            return l.atZone(java.time.ZoneOffset.UTC).toInstant();
        }
        return (java.time.Instant) o;
    }
}

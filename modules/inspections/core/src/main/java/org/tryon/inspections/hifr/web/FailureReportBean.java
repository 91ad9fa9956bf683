package org.tryon.inspections.hifr.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.tryon.inspections.hifr.application.FailureRates;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;

/**
 * Inspection failure reports (106, 108.10 F): by contractor, discipline and quarter, with the
 * department's trend per discipline as a chart; the CSV export link asks the API for the same rows. The quarters are
 * picked from a list (the last twelve by the county's clock, "Q4 2026"), so the export link only ever carries
 * quarters the table was shown for: a range the rules refuse shows its message on the screen and no link.
 */
@Named
@ViewScoped
public class FailureReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FailureRates rates;

    @Inject
    Clock clock;

    private String from;
    private String to;
    private Trade discipline;
    private List<FailureRates.Row> rows = List.of();
    private String chart;
    private boolean shown;

    /** A quarter of the pickers: its value as the API takes it ({@code 2026-Q4}) and its label ("Q4 2026"). */
    public record QuarterChoice(String value, String label) implements Serializable {}

    /** How many quarters the pickers offer, the current one included. */
    static final int QUARTERS = 12;

    @PostConstruct
    void init() {
        Quarter now = Quarter.of(LocalDate.now(clock));
        to = now.toString();
        from = now.previous().previous().previous().toString();
        show();
    }

    public void show() {
        try {
            rows = rates.byContractor(Quarter.parse(from, "from"), Quarter.parse(to, "to"), discipline, null);
            chart = chartJson(rates.trend(rows));
            shown = true;
        } catch (RuntimeException e) {
            rows = List.of();
            chart = null;
            shown = false;
            FacesErrors.show(e);
        }
    }

    /** The last {@value #QUARTERS} quarters by the county's clock, newest first (and a chosen one outside them). */
    public List<QuarterChoice> getQuarters() {
        List<QuarterChoice> choices = new ArrayList<>();
        Quarter q = Quarter.of(LocalDate.now(clock));
        for (int i = 0; i < QUARTERS; i++, q = q.previous()) {
            choices.add(choice(q));
        }
        for (String chosen : new String[] {from, to}) {
            if (chosen != null && choices.stream().noneMatch(c -> c.value().equals(chosen))) {
                try {
                    choices.add(choice(Quarter.parse(chosen, "quarter")));
                } catch (RuntimeException notAQuarter) {
                    // not offered
                }
            }
        }
        choices.sort(java.util.Comparator.comparing(QuarterChoice::value).reversed());
        return choices;
    }

    private static QuarterChoice choice(Quarter q) {
        return new QuarterChoice(q.toString(), q.label());
    }

    /** {@code 2026-Q4} as people read it: "Q4 2026". */
    public String label(String quarter) {
        try {
            return Quarter.parse(quarter, "quarter").label();
        } catch (RuntimeException notAQuarter) {
            return quarter;
        }
    }

    /** Whether the export link is offered: only for the quarters the table shows. */
    public boolean isExportable() {
        return shown;
    }

    /** A Chart.js line chart: one line per discipline, the rate per quarter. */
    private static String chartJson(List<FailureRates.TrendPoint> points) {
        TreeSet<String> quarters = new TreeSet<>();
        points.forEach(p -> quarters.add(p.quarter()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        quarters.forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Trade t : Trade.values()) {
            List<FailureRates.TrendPoint> mine =
                    points.stream().filter(p -> p.discipline() == t).toList();
            if (mine.isEmpty()) {
                continue;
            }
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (String q : quarters) {
                mine.stream()
                        .filter(p -> p.quarter().equals(q))
                        .findFirst()
                        .ifPresentOrElse(p -> data.add(p.ratePercent()), data::addNull);
            }
            datasets.add(Json.createObjectBuilder()
                    .add("label", t.label())
                    .add("data", data)
                    .add("spanGaps", true));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "failure rate %"))));
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    public String getCsvQuery() {
        return "from=" + enc(from) + "&to=" + enc(to) + (discipline == null ? "" : "&discipline=" + discipline.name());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    public Trade[] getDisciplines() {
        return Trade.values();
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Trade getDiscipline() {
        return discipline;
    }

    public void setDiscipline(Trade discipline) {
        this.discipline = discipline;
    }

    public List<FailureRates.Row> getRows() {
        return rows;
    }

    public String getChart() {
        return chart;
    }
}

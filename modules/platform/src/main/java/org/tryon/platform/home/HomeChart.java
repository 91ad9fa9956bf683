package org.tryon.platform.home;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A small chart of a home card: one series of values over labels, a bar or a line, with an optional threshold drawn
 * as a dashed line (the 40 % of 108.10 F, the on-time target). Every chart has a text alternative: {@link #ariaLabel}
 * and {@link #rows} (the same figures as a table beside it).
 *
 * @param type {@code bar} or {@code line}
 * @param series what the values are, e.g. "Failure rate %"
 * @param labelsHeading what the labels are, the heading of their column in the text alternative, e.g. "Quarter"
 * @param labels the x axis, oldest or first first
 * @param values one per label; null where there is no figure
 * @param threshold the line to compare with, or null
 * @param thresholdLabel what the threshold is, e.g. "HIFR line 40 %"
 */
public record HomeChart(
        String type,
        String series,
        String labelsHeading,
        List<String> labels,
        List<BigDecimal> values,
        BigDecimal threshold,
        String thresholdLabel) {

    public HomeChart {
        if (!"bar".equals(type) && !"line".equals(type)) {
            throw new IllegalArgumentException("A home chart is a bar or a line chart, not " + type);
        }
        if (labels.size() != values.size()) {
            throw new IllegalArgumentException(
                    "A home chart has one value per label: " + labels.size() + " labels, " + values.size() + " values");
        }
        labels = List.copyOf(labels);
        values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** One row of the chart's text alternative. */
    public record Row(String label, String value) {}

    /** The figures as rows: label and value ("no figure" where there is none). */
    public List<Row> getRows() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            BigDecimal v = values.get(i);
            rows.add(new Row(
                    labels.get(i),
                    v == null ? "no figure" : v.stripTrailingZeros().toPlainString()));
        }
        return rows;
    }

    /** A sentence for screen readers: what is charted, each label's figure, and the threshold. */
    public String getAriaLabel() {
        StringBuilder s = new StringBuilder(series).append(" chart: ");
        List<Row> rows = getRows();
        for (int i = 0; i < rows.size(); i++) {
            s.append(i == 0 ? "" : "; ")
                    .append(rows.get(i).label())
                    .append(' ')
                    .append(rows.get(i).value());
        }
        if (threshold != null) {
            s.append(". ")
                    .append(thresholdLabel == null ? "Threshold" : thresholdLabel)
                    .append(": ")
                    .append(threshold.stripTrailingZeros().toPlainString());
        }
        return s.toString();
    }

    /** The chart as Chart.js configuration, for {@code p:chart}: the series, and the threshold as a dashed line. */
    public String getChartJs() {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder data = Json.createArrayBuilder();
        values.forEach(v -> {
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", type)
                        .add("label", series)
                        .add("data", data)
                        .add("backgroundColor", "#1e4f8a")
                        .add("borderColor", "#1e4f8a")
                        .add("spanGaps", true));
        if (threshold != null) {
            JsonArrayBuilder line = Json.createArrayBuilder();
            labels.forEach(l -> line.add(threshold));
            datasets.add(Json.createObjectBuilder()
                    .add("type", "line")
                    .add("label", thresholdLabel == null ? "Threshold" : thresholdLabel)
                    .add("data", line)
                    .add("borderColor", "#b3261e")
                    .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0)
                    .add("fill", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    /** {@code part} of {@code whole} in percent with two decimals, half up; null when {@code whole} is 0. */
    public static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, java.math.RoundingMode.HALF_UP);
    }
}

package org.tryon.licensing.statistics.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.licensing.statistics.application.ExamStatistics;
import org.tryon.licensing.statistics.application.StatisticsScope;
import org.tryon.licensing.statistics.application.StatisticsViews;
import org.tryon.licensing.statistics.application.StatisticsViews.FormOption;
import org.tryon.licensing.statistics.application.StatisticsViews.ItemRow;
import org.tryon.licensing.statistics.application.StatisticsViews.Report;
import org.tryon.licensing.statistics.application.StatisticsViews.SessionOption;
import org.tryon.platform.web.FacesErrors;

/**
 * The item-statistics screen (107.1.5 C): a certificate type, a form, and one administration or a period; the form's
 * N, mean, SD, KR-20 and SEM, the item table, a histogram of total scores, a scatter of p against discrimination, and
 * the CSV export of the item table (through the REST API, with the same scope).
 */
@Named
@ViewScoped
public class StatisticsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ExamStatistics statistics;

    @Inject
    Licensing licensing;

    private String certificateType;
    private String form;
    private Long sessionId;
    private LocalDate from;
    private LocalDate to;
    private Report report;
    private String histogram;
    private String scatter;

    /** Opens on the first form that was taken, over every administration: the demo shows numbers at once. */
    @PostConstruct
    void init() {
        statistics.forms(null).stream()
                .filter(f -> f.attempts() > 0)
                .findFirst()
                .ifPresent(f -> {
                    certificateType = f.certificateType();
                    form = f.code();
                    show();
                });
    }

    public void typeChanged() {
        form = null;
        sessionId = null;
        report = null;
    }

    public void formChanged() {
        sessionId = null;
        report = null;
    }

    public void show() {
        try {
            report = statistics.report(new StatisticsScope(
                    certificateType, form, sessionId, sessionId == null ? from : null, sessionId == null ? to : null));
            histogram = histogramJson(report);
            scatter = scatterJson(report);
        } catch (RuntimeException e) {
            report = null;
            histogram = null;
            scatter = null;
            FacesErrors.show(e);
        }
    }

    /** A Chart.js bar chart: candidates per total score. */
    private static String histogramJson(Report r) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (int s = 0; s < r.scoreCounts().size(); s++) {
            labels.add(String.valueOf(s));
            data.add(r.scoreCounts().get(s));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", "Total scores (number right), N = " + r.candidates())))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "candidates")
                                                        .add("data", data))))
                .add("options", options)
                .build()
                .toString();
    }

    /** A Chart.js scatter chart: each item's p (x) against its discrimination (y); items without a discrimination are left out. */
    private static String scatterJson(Report r) {
        JsonArrayBuilder ok = Json.createArrayBuilder();
        JsonArrayBuilder flagged = Json.createArrayBuilder();
        for (ItemRow i : r.itemRows()) {
            if (i.difficulty() == null || i.discrimination() == null) {
                continue;
            }
            JsonObjectBuilder point =
                    Json.createObjectBuilder().add("x", i.difficulty()).add("y", i.discrimination());
            (i.flags().isEmpty() ? ok : flagged).add(point);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add(
                                                        "text",
                                                        "Difficulty p against discrimination (corrected point-biserial)")))
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "x",
                                        Json.createObjectBuilder()
                                                .add("min", 0)
                                                .add("max", 1)
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "p")))
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("min", -1)
                                                .add("max", 1)
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", "r (corrected)"))));
        return Json.createObjectBuilder()
                .add("type", "scatter")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "items")
                                                        .add("data", ok))
                                                .add(Json.createObjectBuilder()
                                                        .add("label", "flagged for review")
                                                        .add("data", flagged))))
                .add("options", options)
                .build()
                .toString();
    }

    /** The query of the CSV export: the scope on screen. */
    public String getCsvQuery() {
        StringBuilder q = new StringBuilder("form=" + enc(form));
        if (certificateType != null) {
            q.append("&certificateType=").append(enc(certificateType));
        }
        if (sessionId != null) {
            q.append("&session=").append(sessionId);
        } else {
            if (from != null) {
                q.append("&from=").append(from);
            }
            if (to != null) {
                q.append("&to=").append(to);
            }
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }

    public String text(BigDecimal value) {
        return StatisticsViews.text(value);
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public List<FormOption> getForms() {
        return certificateType == null ? List.of() : statistics.forms(certificateType);
    }

    public List<SessionOption> getSessions() {
        return form == null ? List.of() : statistics.sessions(form);
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Report getReport() {
        return report;
    }

    public String getHistogram() {
        return histogram;
    }

    public String getScatter() {
        return scatter;
    }
}

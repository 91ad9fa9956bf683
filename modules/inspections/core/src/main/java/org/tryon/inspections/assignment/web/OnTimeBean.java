package org.tryon.inspections.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.inspections.assignment.application.OnTimeReportView;
import org.tryon.inspections.assignment.application.OnTimeReports;
import org.tryon.platform.web.FacesErrors;

/** The on-time rate by day, trade and inspector against the target, for a period (the last 30 days by default). */
@Named
@ViewScoped
public class OnTimeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OnTimeReports reports;

    private LocalDate from;
    private LocalDate to;
    private OnTimeReportView report;

    public void load() {
        try {
            report = reports.report(from, to);
            from = report.from();
            to = report.to();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void show() {
        load();
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

    public OnTimeReportView getReport() {
        return report;
    }
}

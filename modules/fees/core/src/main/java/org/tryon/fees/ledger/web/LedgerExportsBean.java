package org.tryon.fees.ledger.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.fees.ledger.application.LedgerExports;
import org.tryon.platform.web.FacesErrors;

/** Ledger: the county's exports: the general ledger's daily file, the daily cash report and revenue by fee type. */
@Named
@ViewScoped
public class LedgerExportsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LedgerExports exports;

    @Inject
    Clock clock;

    private LocalDate day;
    private LocalDate from;
    private LocalDate to;
    private LedgerExports.CashReport cash;
    private List<LedgerExports.RevenueLine> revenue;

    @PostConstruct
    void init() {
        day = LocalDate.now(clock);
        to = day;
        from = day.withDayOfMonth(1);
        load();
    }

    public void load() {
        try {
            cash = exports.cashReport(day == null ? LocalDate.now(clock) : day);
            revenue = exports.revenue(from, to);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
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

    public LedgerExports.CashReport getCash() {
        return cash;
    }

    public List<LedgerExports.RevenueLine> getRevenue() {
        return revenue;
    }
}

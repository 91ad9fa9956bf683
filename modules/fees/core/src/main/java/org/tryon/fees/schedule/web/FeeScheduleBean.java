package org.tryon.fees.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** The fee schedule screen: every line with its standing, and the administrator's form for a new rate (108.9). */
@Named
@ViewScoped
public class FeeScheduleBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeeSchedules schedules;

    private ScheduledFee fee;
    private Trade trade;
    private LocalDate effectiveFrom;
    private BigDecimal base;
    private BigDecimal perThousand;
    private BigDecimal perHour;
    private BigDecimal minimumHours;
    private String note;
    private List<FeeSchedules.LineView> lines;

    public List<FeeSchedules.LineView> getLines() {
        if (lines == null) {
            lines = schedules.lines(null);
        }
        return lines;
    }

    public void add() {
        try {
            FeeSchedules.LineView line = schedules.add(new FeeSchedules.NewLine(
                    fee, trade, effectiveFrom, base, perThousand, perHour, minimumHours, note));
            FacesErrors.info(line.feeLabel() + (line.trade() == null ? "" : " (" + UsFormat.code(line.trade()) + ")")
                    + ": " + line.formula() + " from " + UsFormat.date(line.effectiveFrom()));
            lines = null;
            fee = null;
            trade = null;
            effectiveFrom = null;
            base = null;
            perThousand = null;
            perHour = null;
            minimumHours = null;
            note = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void withdraw(long id) {
        try {
            schedules.withdraw(id);
            FacesErrors.info("Line " + id + " withdrawn");
            lines = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public ScheduledFee[] getFees() {
        return ScheduledFee.values();
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public ScheduledFee getFee() {
        return fee;
    }

    public void setFee(ScheduledFee fee) {
        this.fee = fee;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public BigDecimal getBase() {
        return base;
    }

    public void setBase(BigDecimal base) {
        this.base = base;
    }

    public BigDecimal getPerThousand() {
        return perThousand;
    }

    public void setPerThousand(BigDecimal perThousand) {
        this.perThousand = perThousand;
    }

    public BigDecimal getPerHour() {
        return perHour;
    }

    public void setPerHour(BigDecimal perHour) {
        this.perHour = perHour;
    }

    public BigDecimal getMinimumHours() {
        return minimumHours;
    }

    public void setMinimumHours(BigDecimal minimumHours) {
        this.minimumHours = minimumHours;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

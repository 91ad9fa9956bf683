package org.tryon.inspections.defects.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.assignment.application.Supervision;
import org.tryon.inspections.defects.application.DefectLibrary;
import org.tryon.inspections.defects.application.DefectLibraryView;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The defect library screen (ADR 0051): the code sections per trade with their standard wording, in force on a day or
 * all of them; the trade code administrators add an entry, change its wording from a day on (the old wording stays
 * in force before that day) or retire it from a day on.
 */
@Named
@ViewScoped
public class DefectLibraryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DefectLibrary library;

    @Inject
    Supervision supervision;

    @Inject
    Clock clock;

    private Trade trade;
    private LocalDate on;
    private List<DefectLibraryView> entries;

    private Trade newTrade;
    private String newCode;
    private String newWording;
    private LocalDate newFrom;

    private DefectLibraryView editing;
    private String changedWording;
    private LocalDate changeFrom;

    public void load() {
        if (on == null) {
            on = LocalDate.now(clock);
        }
        if (newFrom == null) {
            newFrom = LocalDate.now(clock);
        }
        show();
    }

    /** The entries of the chosen trade (or all trades) in force on the chosen day, or every entry without a day. */
    public void show() {
        List<DefectLibraryView> list = on == null ? library.all() : library.inForce(on);
        entries = trade == null
                ? list
                : list.stream().filter(e -> e.trade().equals(trade.name())).toList();
    }

    public void add() {
        try {
            DefectLibraryView added = library.add(new DefectLibrary.NewEntry(
                    newTrade == null ? null : newTrade.name(), newCode, newWording, newFrom));
            FacesErrors.info("Added " + added.codeSection() + " to the "
                    + added.tradeLabel().toLowerCase() + " library from " + UsFormat.date(added.effectiveFrom()));
            newCode = null;
            newWording = null;
            show();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void edit(DefectLibraryView entry) {
        editing = entry;
        changedWording = entry.wording();
        changeFrom = LocalDate.now(clock).plusDays(1);
    }

    public void cancel() {
        editing = null;
    }

    /** The new wording from the chosen day on; the old one stays in force before it. */
    public void change() {
        try {
            DefectLibraryView next = library.change(editing.id(), new DefectLibrary.Change(changedWording, changeFrom));
            FacesErrors.info(
                    next.codeSection() + ": the new wording applies from " + UsFormat.date(next.effectiveFrom()));
            editing = null;
            show();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The entry is no longer in force from the chosen day on. */
    public void retire() {
        try {
            DefectLibraryView retired = library.retire(editing.id(), new DefectLibrary.Retirement(changeFrom));
            FacesErrors.info(
                    retired.codeSection() + " is retired; its last day is " + UsFormat.date(retired.effectiveTo()));
            editing = null;
            show();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isKeeper() {
        return supervision.isSupervisor();
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public List<DefectLibraryView> getEntries() {
        return entries;
    }

    public Trade getTrade() {
        return trade;
    }

    public void setTrade(Trade trade) {
        this.trade = trade;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public Trade getNewTrade() {
        return newTrade;
    }

    public void setNewTrade(Trade newTrade) {
        this.newTrade = newTrade;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewWording() {
        return newWording;
    }

    public void setNewWording(String newWording) {
        this.newWording = newWording;
    }

    public LocalDate getNewFrom() {
        return newFrom;
    }

    public void setNewFrom(LocalDate newFrom) {
        this.newFrom = newFrom;
    }

    public DefectLibraryView getEditing() {
        return editing;
    }

    public String getChangedWording() {
        return changedWording;
    }

    public void setChangedWording(String changedWording) {
        this.changedWording = changedWording;
    }

    public LocalDate getChangeFrom() {
        return changeFrom;
    }

    public void setChangeFrom(LocalDate changeFrom) {
        this.changeFrom = changeFrom;
    }
}

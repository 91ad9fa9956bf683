package org.tryon.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.platform.outage.OutageView;
import org.tryon.platform.outage.Outages;
import org.tryon.platform.text.UsFormat;

/** The outages screen (Administration → Outages): declare an outage, its end, and its backlog entered. */
@Named
@ViewScoped
public class OutagesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outages outages;

    private LocalDate startsOn;
    private LocalDate endsOn;
    private String note;
    private LocalDate endOf;
    private List<OutageView> list;

    public void declare() {
        try {
            OutageView o = outages.declare(new OutageView.Declaration(startsOn, endsOn, note));
            FacesErrors.info("Outage declared from " + UsFormat.date(o.startsOn())
                    + (o.endsOn() == null ? " (ongoing)" : " to " + UsFormat.date(o.endsOn())));
            startsOn = null;
            endsOn = null;
            note = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void end(long id) {
        try {
            OutageView o = outages.end(id, new OutageView.End(endOf));
            FacesErrors.info(
                    "The outage from " + UsFormat.date(o.startsOn()) + " ended on " + UsFormat.date(o.endsOn()));
            endOf = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void backlogEntered(long id) {
        try {
            OutageView o = outages.backlogEntered(id);
            FacesErrors.info("The backlog of the outage from " + UsFormat.date(o.startsOn())
                    + " is entered; the permit clocks run again");
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<OutageView> getList() {
        if (list == null) {
            list = outages.list();
        }
        return list;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LocalDate getEndOf() {
        return endOf;
    }

    public void setEndOf(LocalDate endOf) {
        this.endOf = endOf;
    }
}

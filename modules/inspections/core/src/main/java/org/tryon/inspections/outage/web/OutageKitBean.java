package org.tryon.inspections.outage.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.tryon.inspections.outage.application.OutageKit;

/** Outage notice of December 2017: the outage kit screen: the day's kit to print or download, and the evening exports. */
@Named
@ViewScoped
public class OutageKitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutageKit kit;

    @Inject
    Clock clock;

    private LocalDate day;
    private List<OutageKit.Export> exports;

    @PostConstruct
    void init() {
        day = LocalDate.now(clock);
        exports = kit.exports();
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<OutageKit.Export> getExports() {
        return exports;
    }
}

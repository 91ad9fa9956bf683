package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.RecordSiteVisit;
import org.tryon.permitting.machinery.domain.ChiefTitle;

/**
 * 108.10 G.3 D: the form of the trade chief's site visit on a referral, bound to {@link RecordSiteVisit}.
 */
@Named
@ViewScoped
public class MachinerySiteVisitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private Long visitReferralId;
    private LocalDate visitedOn;
    private String visitInspector;
    private String visitChief;
    private ChiefTitle chiefTitle;
    private String visitNotes;

    @Inject
    MachineryDeterminations determinations;

    public void recordSiteVisit() {
        page.act(
                () -> determinations.recordSiteVisit(
                        MachineryBean.required(visitReferralId),
                        new RecordSiteVisit(visitedOn, visitInspector, visitChief, chiefTitle, visitNotes)),
                "Site visit recorded (G.3 D)",
                () -> visitNotes = null);
    }

    public ChiefTitle[] getChiefTitles() {
        return ChiefTitle.values();
    }

    public Long getVisitReferralId() {
        return visitReferralId;
    }

    public void setVisitReferralId(Long v) {
        visitReferralId = v;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate v) {
        visitedOn = v;
    }

    public String getVisitInspector() {
        return visitInspector;
    }

    public void setVisitInspector(String v) {
        visitInspector = v;
    }

    public String getVisitChief() {
        return visitChief;
    }

    public void setVisitChief(String v) {
        visitChief = v;
    }

    public ChiefTitle getChiefTitle() {
        return chiefTitle;
    }

    public void setChiefTitle(ChiefTitle v) {
        chiefTitle = v;
    }

    public String getVisitNotes() {
        return visitNotes;
    }

    public void setVisitNotes(String v) {
        visitNotes = v;
    }
}

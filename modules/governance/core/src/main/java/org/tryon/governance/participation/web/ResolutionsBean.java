package org.tryon.governance.participation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.governance.participation.application.CertifiedCopies;
import org.tryon.governance.participation.application.ResolutionCommands;
import org.tryon.governance.participation.application.ResolutionView;
import org.tryon.governance.participation.domain.CopyDelivery;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's resolutions and certified copies (107.1.4 A): the BDC's resolutions of a year; for one, its interested
 * parties, a certified copy for each (PDF) and every delivery recorded.
 */
@Named
@ViewScoped
public class ResolutionsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertifiedCopies copies;

    @Inject
    Clock clock;

    private Integer year;
    private Long motion;
    private List<ResolutionView> list;
    private ResolutionView resolution;
    private String partyName;
    private String partyAddress;
    private String partyEmail;
    private final Map<Long, String> methods = new HashMap<>();
    private final Map<Long, String> sentTo = new HashMap<>();

    public void load() {
        try {
            if (year == null) {
                year = LocalDate.now(clock).getYear();
            }
            list = copies.list(year);
            resolution = motion == null ? null : copies.get(motion);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void nameParty() {
        try {
            resolution =
                    copies.nameParty(motion, new ResolutionCommands.NameParty(partyName, partyAddress, partyEmail));
            FacesErrors.info(partyName + " is named an interested party");
            partyName = null;
            partyAddress = null;
            partyEmail = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void certify(long partyId) {
        try {
            ResolutionView.Copy c = copies.certify(motion, new ResolutionCommands.Certify(partyId));
            resolution = copies.get(motion);
            String party = resolution.parties().stream()
                    .filter(p -> p.id() == partyId)
                    .map(ResolutionView.Party::name)
                    .findFirst()
                    .orElse("");
            FacesErrors.info("Copy " + c.id() + " certified for " + party);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void deliver(long copyId) {
        try {
            String method = methods.get(copyId);
            copies.deliver(
                    copyId,
                    new ResolutionCommands.Deliver(
                            method == null || method.isBlank() ? null : CopyDelivery.Method.valueOf(method),
                            sentTo.get(copyId)));
            resolution = copies.get(motion);
            methods.remove(copyId);
            sentTo.remove(copyId);
            FacesErrors.info("Delivery of copy " + copyId + " recorded");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public CopyDelivery.Method[] getMethodChoices() {
        return CopyDelivery.Method.values();
    }

    public Map<Long, String> getMethods() {
        return methods;
    }

    public Map<Long, String> getSentTo() {
        return sentTo;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        this.year = v;
    }

    public Long getMotion() {
        return motion;
    }

    public void setMotion(Long v) {
        this.motion = v;
    }

    public List<ResolutionView> getList() {
        return list;
    }

    public ResolutionView getResolution() {
        return resolution;
    }

    public String getPartyName() {
        return partyName;
    }

    public void setPartyName(String v) {
        this.partyName = v;
    }

    public String getPartyAddress() {
        return partyAddress;
    }

    public void setPartyAddress(String v) {
        this.partyAddress = v;
    }

    public String getPartyEmail() {
        return partyEmail;
    }

    public void setPartyEmail(String v) {
        this.partyEmail = v;
    }
}

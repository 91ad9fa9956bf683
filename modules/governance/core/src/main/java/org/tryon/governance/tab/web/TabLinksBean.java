package org.tryon.governance.tab.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.governance.tab.application.TabCommands;
import org.tryon.governance.tab.application.TabLinks;
import org.tryon.governance.tab.application.TabViews;
import org.tryon.permitting.api.PermitParties.PartyKind;
import org.tryon.platform.web.FacesErrors;

/** The clerk's screen of TAB members' links to contractor firms, design professionals and owners in permitting (107.2.4 J.1; ADR 0031). */
@Named
@ViewScoped
public class TabLinksBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TabLinks links;

    private List<TabViews.MemberLinks> members;
    private Long personId;
    private PartyKind kind = PartyKind.CONTRACTOR;
    private String search;
    private List<TabViews.PartyView> parties = List.of();
    private Long partyId;
    private String note;

    public void load() {
        try {
            members = links.members();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void find() {
        try {
            parties = links.parties(kind, search);
            partyId = parties.isEmpty() ? null : parties.get(0).id();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void add() {
        try {
            if (personId == null) {
                throw new org.tryon.platform.errors.RuleViolationException("personId", "required", "Choose the member");
            }
            TabViews.LinkView l = links.add(personId, new TabCommands.AddLink(kind, partyId, note));
            members = links.members();
            note = null;
            FacesErrors.info(l.member() + " linked to " + l.partyName());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void remove(long linkId) {
        try {
            TabViews.LinkView l = links.remove(linkId);
            members = links.members();
            FacesErrors.info("Link of " + l.member() + " to " + l.partyName() + " removed");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public PartyKind[] getKinds() {
        return PartyKind.values();
    }

    public List<TabViews.MemberLinks> getMembers() {
        return members;
    }

    public Long getPersonId() {
        return personId;
    }

    public void setPersonId(Long personId) {
        this.personId = personId;
    }

    public PartyKind getKind() {
        return kind;
    }

    public void setKind(PartyKind kind) {
        this.kind = kind;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public List<TabViews.PartyView> getParties() {
        return parties;
    }

    public Long getPartyId() {
        return partyId;
    }

    public void setPartyId(Long partyId) {
        this.partyId = partyId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

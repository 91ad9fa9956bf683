package org.tryon.governance.tab.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.tryon.governance.tab.application.TabMeetings;
import org.tryon.governance.tab.application.TabViews;

/** The conflicts proposed from permit data on a TAB meeting's items, shown on the clerk's meeting screen (107.2.4 J.1; ADR 0031). A read. */
@Named
@RequestScoped
public class TabProposalsBean {

    @Inject
    TabMeetings tab;

    private List<String> proposals;

    public List<String> proposals(long meetingId) {
        if (proposals == null) {
            proposals = new ArrayList<>();
            for (TabViews.ItemView i : tab.meeting(meetingId).items()) {
                for (TabViews.ProposalView p : i.proposals()) {
                    proposals.add(i.title() + ": " + p.member() + ", " + p.reason()
                            + (p.declared() ? " (declared)" : " (not declared yet)"));
                }
            }
        }
        return proposals;
    }
}

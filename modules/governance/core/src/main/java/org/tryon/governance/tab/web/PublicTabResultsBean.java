package org.tryon.governance.tab.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tryon.governance.tab.application.TabResults;
import org.tryon.governance.tab.application.TabViews;
import org.tryon.platform.web.FacesErrors;

/** The public page of the TAB's meeting results (107.2.4 M), without signing in: one meeting (?meeting=) or all. A read. */
@Named
@RequestScoped
public class PublicTabResultsBean {

    @Inject
    TabResults results;

    private Long meeting;
    private List<TabViews.PublicMeeting> meetings = List.of();

    public void load() {
        try {
            meetings = meeting == null ? results.publicResults() : List.of(results.publicResults(meeting));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }

    public List<TabViews.PublicMeeting> getMeetings() {
        return meetings;
    }
}

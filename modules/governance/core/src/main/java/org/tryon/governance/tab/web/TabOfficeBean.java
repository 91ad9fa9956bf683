package org.tryon.governance.tab.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.governance.tab.application.TabCommands;
import org.tryon.governance.tab.application.TabRecords;
import org.tryon.governance.tab.application.TabResults;
import org.tryon.governance.tab.application.TabViews;
import org.tryon.governance.tab.domain.CalendarQuarter;
import org.tryon.governance.tab.domain.TabRecommendation;
import org.tryon.platform.web.FacesErrors;

/**
 * The TAB's work after its meetings: referrals to the NC Department of Insurance with their answers
 * (107.2.4 J.2), the interpretation the trade code administrator proposes and the administrator's
 * decision (107.2.4 K, 107.2.5 G), and the quarterly report to the BDC (107.2.4 L).
 */
@Named
@ViewScoped
public class TabOfficeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TabRecords records;

    @Inject
    TabResults results;

    private List<TabViews.ReferralView> referrals;
    private List<TabViews.RecommendationView> recommendations;
    private TabViews.QuarterReport report;
    private String quarter;
    private final Map<Long, String> answer = new HashMap<>();
    private final Map<Long, String> closeNote = new HashMap<>();
    private final Map<Long, String> interpretation = new HashMap<>();
    private final Map<Long, String> decision = new HashMap<>();
    private final Map<Long, String> decisionText = new HashMap<>();

    public void loadReferrals() {
        try {
            referrals = records.referrals(null);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void loadRecommendations() {
        try {
            recommendations = records.recommendations(false);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void loadReport() {
        try {
            report = results.quarter(quarter == null || quarter.isBlank() ? null : CalendarQuarter.parse(quarter));
            quarter = report.quarter();
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void answer(long id) {
        act(() -> records.answer(id, new TabCommands.Answer(answer.get(id), null)), "Answer recorded");
    }

    public void close(long id) {
        act(() -> records.close(id, new TabCommands.Close(closeNote.get(id), null)), "Referral closed");
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            referrals = records.referrals(null);
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void propose(long id) {
        decided(
                () -> records.propose(id, new TabCommands.Propose(interpretation.get(id), null)),
                "Proposed interpretation recorded");
    }

    public void decide(long id) {
        String d = decision.get(id);
        decided(
                () -> records.decide(
                        id,
                        new TabCommands.Decide(
                                d == null ? null : TabRecommendation.Decision.valueOf(d), decisionText.get(id), null)),
                "The administrator's decision is recorded");
    }

    private void decided(Runnable action, String done) {
        try {
            action.run();
            recommendations = records.recommendations(false);
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<TabViews.ReferralView> getReferrals() {
        return referrals;
    }

    public List<TabViews.RecommendationView> getRecommendations() {
        return recommendations;
    }

    public TabViews.QuarterReport getReport() {
        return report;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Map<Long, String> getAnswer() {
        return answer;
    }

    public Map<Long, String> getCloseNote() {
        return closeNote;
    }

    public Map<Long, String> getInterpretation() {
        return interpretation;
    }

    public Map<Long, String> getDecision() {
        return decision;
    }

    public Map<Long, String> getDecisionText() {
        return decisionText;
    }
}

package org.tryon.governance.tab.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tryon.governance.tab.application.TabCommands;
import org.tryon.governance.tab.application.TabLinks;
import org.tryon.governance.tab.application.TabMeetings;
import org.tryon.governance.tab.application.TabRecords;
import org.tryon.governance.tab.application.TabViews;
import org.tryon.governance.tab.domain.SummaryBullet;
import org.tryon.platform.web.FacesErrors;

/**
 * The TAB meeting screen of the clerk and the chair: conflicts proposed from permit data, each present
 * member's declaration (107.2.4 J.1) and the item's quorum without the conflicted, referrals to the NC
 * Department of Insurance (107.2.4 J.2), the pro/con summary with each concurrence (107.2.4 I) and the
 * recommendation (107.2.4 K).
 */
@Named
@ViewScoped
public class TabMeetingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TabMeetings tabMeetings;

    @Inject
    TabRecords records;

    @Inject
    TabLinks links;

    private Long id;
    private TabViews.MeetingView meeting;
    private Long declarant;
    private TabViews.MemberDeclaration declaration;
    private final Map<Long, Boolean> conflict = new HashMap<>();
    private final Map<Long, String> reason = new HashMap<>();
    private final Map<Long, String> bulletSide = new HashMap<>();
    private final Map<Long, String> bulletText = new HashMap<>();
    private final Map<Long, String> recommendation = new HashMap<>();
    private final Map<Long, Long> referMember = new HashMap<>();
    private final Map<Long, String> referReason = new HashMap<>();
    private final Map<Long, Long> project = new HashMap<>();

    public void load() {
        try {
            meeting = id == null ? null : tabMeetings.meeting(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void run(Supplier<TabViews.MeetingView> action, String done) {
        try {
            meeting = action.get();
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /** The member chosen to declare: their items with the conflicts proposed for them, the reasons prefilled. */
    public void chooseDeclarant() {
        conflict.clear();
        reason.clear();
        declaration = null;
        if (declarant == null) {
            return;
        }
        try {
            declaration = tabMeetings.declarationOf(id, declarant);
            for (TabViews.DeclarationItem i : declaration.items()) {
                conflict.put(i.agendaItemId(), !i.proposals().isEmpty());
                reason.put(
                        i.agendaItemId(),
                        i.proposals().isEmpty() ? null : i.proposals().get(0).reason());
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void declare() {
        List<TabCommands.DeclaredConflict> conflicts = new ArrayList<>();
        conflict.forEach((item, yes) -> {
            if (Boolean.TRUE.equals(yes)) {
                conflicts.add(new TabCommands.DeclaredConflict(item, reason.get(item)));
            }
        });
        try {
            declaration = tabMeetings.declare(id, new TabCommands.Declare(declarant, conflicts));
            meeting = tabMeetings.meeting(id);
            FacesErrors.info("Declaration recorded: " + conflicts.size() + " conflict(s)");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void addBullet(long itemId) {
        String side = bulletSide.get(itemId);
        run(
                () -> records.addBullet(
                        itemId,
                        new TabCommands.AddBullet(
                                side == null ? null : SummaryBullet.Side.valueOf(side), bulletText.get(itemId))),
                "Bullet added to the summary");
        if (!FacesErrorsState.failed()) {
            bulletText.remove(itemId);
        }
    }

    public void concur(long itemId, long personId) {
        run(() -> records.concur(itemId, new TabCommands.Concur(personId)), "Concurrence recorded");
    }

    public void recommend(long itemId) {
        run(
                () -> records.recommend(itemId, new TabCommands.Recommend(recommendation.get(itemId))),
                "Recommendation recorded");
    }

    public void refer(long itemId) {
        run(
                () -> {
                    records.refer(
                            new TabCommands.Refer(itemId, referMember.get(itemId), referReason.get(itemId), null));
                    return tabMeetings.meeting(id);
                },
                "Referred to the NC Department of Insurance Evaluation Services Section");
    }

    public void setProject(long itemId) {
        run(
                () -> {
                    Long p = project.get(itemId);
                    if (p == null) {
                        throw new org.tryon.platform.errors.RuleViolationException(
                                "projectId", "required", "Give the project's id");
                    }
                    links.setProject(itemId, p);
                    return tabMeetings.meeting(id);
                },
                "Project recorded");
    }

    /** The members present and without a conflict with the item who have not concurred yet (107.2.4 I). */
    public List<TabViews.DeclarationView> toConcur(TabViews.ItemView item) {
        return meeting.declarations().stream()
                .filter(d -> d.present()
                        && item.conflicts().stream().noneMatch(c -> c.personId() == d.personId())
                        && item.concurrences().stream().noneMatch(c -> c.personId() == d.personId()))
                .toList();
    }

    /** Members a referral may name: those conflicted or proposed on the item (107.2.4 J.2). */
    public Map<String, Long> referable(TabViews.ItemView item) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        item.conflicts().forEach(c -> out.put(c.member(), c.personId()));
        item.proposals().forEach(p -> out.put(p.member(), p.personId()));
        return out;
    }

    public Map<String, Long> presentMembers() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        meeting.declarations().stream()
                .filter(TabViews.DeclarationView::present)
                .forEach(d -> out.put(d.member(), d.personId()));
        return out;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TabViews.MeetingView getMeeting() {
        return meeting;
    }

    public Long getDeclarant() {
        return declarant;
    }

    public void setDeclarant(Long declarant) {
        this.declarant = declarant;
    }

    public TabViews.MemberDeclaration getDeclaration() {
        return declaration;
    }

    public Map<Long, Boolean> getConflict() {
        return conflict;
    }

    public Map<Long, String> getReason() {
        return reason;
    }

    public Map<Long, String> getBulletSide() {
        return bulletSide;
    }

    public Map<Long, String> getBulletText() {
        return bulletText;
    }

    public Map<Long, String> getRecommendation() {
        return recommendation;
    }

    public Map<Long, Long> getReferMember() {
        return referMember;
    }

    public Map<Long, String> getReferReason() {
        return referReason;
    }

    public Map<Long, Long> getProject() {
        return project;
    }

    /** Whether the current request failed validation (so the typed text is kept). */
    static final class FacesErrorsState {
        private FacesErrorsState() {}

        static boolean failed() {
            return jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed();
        }
    }
}

package org.tryon.governance.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.governance.meetings.application.MeetingCommands;
import org.tryon.governance.meetings.application.MeetingView;
import org.tryon.governance.meetings.application.Meetings;
import org.tryon.governance.meetings.domain.ExcusedAbsence;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/**
 * The clerk's live meeting screen: call to order, the roll call (arrivals and departures with their
 * times), the members present against the quorum (107.1.4 A, 107.2.4 A), adjournment or
 * cancellation, and requests to be excused with the chair's decision (107.1.1 B).
 */
@Named
@ViewScoped
public class MeetingBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Meetings meetings;

    private Long id;
    private MeetingView meeting;
    private String cancelReason;
    private Long excusePerson;
    private LocalDate excuseRequestedOn;
    private ExcusedAbsence.Channel excuseChannel;
    private ExcusedAbsence.Reason excuseReason;
    private Long decideId;
    private Boolean decideExcused;
    private String decideChair;

    @Inject
    org.tryon.governance.meetings.application.Agendas agendas;

    private org.tryon.governance.meetings.application.AgendaView agenda;
    private String itemTitle;
    private String itemDetail;
    private String itemRequestedBy;
    private String itemSpeakers;
    private org.tryon.governance.meetings.domain.AgendaItem.Section itemSection;
    private String itemProblem;
    private String itemCodeSections;
    private String itemInterpretation;
    private String itemRationale;
    private String itemSubmittedTo;
    private String itemPermit;
    private boolean itemFromDepartment;
    private Long conflictItem;
    private Long conflictPerson;
    private String conflictReason;
    private Long motionItem;
    private String motionText;
    private Long motionMover;
    private Long motionSeconder;
    private Long voteMotion;
    private Long approvalMotion;
    private String amendmentText;
    private org.tryon.governance.meetings.application.MinutesView minutes;

    @Inject
    org.tryon.governance.meetings.application.MinutesRecords minutesRecords;

    private final java.util.Map<Long, String> ballots = new java.util.HashMap<>();

    public void load() {
        try {
            meeting = id == null ? null : meetings.get(id);
            agenda = id == null || meeting == null ? null : agendas.agenda(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    private void run(java.util.function.Supplier<MeetingView> action, String done) {
        try {
            meeting = action.get();
            agenda = agendas.agenda(id);
            minutes = null;
            FacesErrors.info(done);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void callToOrder() {
        run(() -> meetings.callToOrder(id, new MeetingCommands.At(null)), "Called to order");
    }

    public void adjourn() {
        run(() -> meetings.adjourn(id, new MeetingCommands.At(null)), "Adjourned");
    }

    public void cancel() {
        run(() -> meetings.cancel(id, new MeetingCommands.Cancel(cancelReason)), "Cancelled");
    }

    public void arrive(long personId) {
        run(() -> meetings.arrive(id, new MeetingCommands.Arrive(personId, null)), "Arrival recorded");
    }

    /**
     * The roll call in one step (issue 17): every member on the roll not yet in the room arrives now, each recorded
     * as {@link #arrive} records one (107.1.4 A); a member who cannot be recorded stops the rest with the reason.
     */
    public void arriveAll() {
        run(
                () -> {
                    MeetingView now = meeting;
                    for (MeetingView.Member m : meeting.members()) {
                        if (!m.present()) {
                            now = meetings.arrive(id, new MeetingCommands.Arrive(m.personId(), null));
                        }
                    }
                    return now;
                },
                "Arrivals recorded");
    }

    /**
     * Fills the ballot of every member present and not recused on the chosen motion's item with an aye; the clerk
     * changes the nays and abstentions and records the votes (107.1.4 E: each member's vote is still recorded).
     */
    public void everyoneAye() {
        java.util.Set<Long> recused = new java.util.HashSet<>();
        if (agenda != null && voteMotion != null) {
            agenda.items().stream()
                    .filter(i -> i.motions().stream().anyMatch(x -> x.id() == voteMotion))
                    .forEach(i -> i.conflicts().forEach(c -> recused.add(c.personId())));
        }
        getPresent().stream()
                .filter(m -> !recused.contains(m.personId()))
                .forEach(m -> ballots.put(m.personId(), org.tryon.governance.meetings.domain.Vote.Choice.AYE.name()));
    }

    public void depart(long presenceId) {
        run(() -> meetings.depart(id, presenceId, new MeetingCommands.At(null)), "Departure recorded");
    }

    public void requestExcuse() {
        run(
                () -> meetings.requestExcuse(
                        id,
                        new MeetingCommands.RequestExcuse(
                                excusePerson, excuseRequestedOn, excuseChannel, excuseReason, null)),
                "Request to be excused recorded");
    }

    public void decideExcuse() {
        run(
                () -> meetings.decideExcuse(
                        decideId == null ? 0 : decideId,
                        new MeetingCommands.DecideExcuse(decideExcused, decideChair, null)),
                "The chair's decision is recorded");
    }

    private boolean agendaAction(
            java.util.function.Supplier<org.tryon.governance.meetings.application.AgendaView> action, String done) {
        try {
            agenda = action.get();
            meeting = meetings.get(id);
            minutes = null;
            FacesErrors.info(done);
            return true;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return false;
        }
    }

    public void requestItem() {
        java.util.List<String> speakers = itemSpeakers == null
                ? java.util.List.of()
                : java.util.Arrays.stream(itemSpeakers.split("[;\\n]"))
                        .map(String::trim)
                        .filter(x -> !x.isEmpty())
                        .toList();
        boolean done = agendaAction(
                () -> agendas.request(
                        id,
                        new org.tryon.governance.meetings.application.AgendaCommands.RequestItem(
                                itemTitle,
                                itemDetail,
                                itemRequestedBy,
                                speakers,
                                null,
                                itemSection,
                                itemProblem,
                                itemCodeSections,
                                itemInterpretation,
                                itemRationale,
                                itemFromDepartment,
                                itemSubmittedTo,
                                itemPermit)),
                "Item put on the agenda");
        if (done) {
            itemTitle = null;
            itemDetail = null;
            itemSpeakers = null;
            itemProblem = null;
            itemCodeSections = null;
            itemInterpretation = null;
            itemRationale = null;
            itemPermit = null;
        }
    }

    public void declareConflict() {
        agendaAction(
                () -> agendas.declareConflict(
                        id,
                        new org.tryon.governance.meetings.application.AgendaCommands.DeclareConflict(
                                conflictItem, conflictPerson, conflictReason)),
                "Conflict declared: the member takes no part in the item (107.2.4 J.1)");
    }

    public void move() {
        agendaAction(
                () -> agendas.move(
                        id,
                        new org.tryon.governance.meetings.application.AgendaCommands.MakeMotion(
                                motionItem, motionText, motionMover, motionSeconder, null)),
                "Motion made and seconded");
    }

    public void vote() {
        java.util.List<org.tryon.governance.meetings.application.AgendaCommands.Ballot> list =
                ballots.entrySet().stream()
                        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .map(e -> new org.tryon.governance.meetings.application.AgendaCommands.Ballot(
                                e.getKey(), org.tryon.governance.meetings.domain.Vote.Choice.valueOf(e.getValue())))
                        .toList();
        if (agendaAction(
                () -> agendas.vote(
                        voteMotion == null ? 0 : voteMotion,
                        new org.tryon.governance.meetings.application.AgendaCommands.RecordVotes(list, null)),
                "Votes recorded")) {
            ballots.clear();
        }
    }

    /** The minutes: approved, or the draft from the record as it stands. */
    public org.tryon.governance.meetings.application.MinutesView getMinutes() {
        if (minutes == null && meeting != null) {
            minutes = minutesRecords.minutes(id);
        }
        return minutes;
    }

    public void approveMinutes() {
        try {
            minutes = minutesRecords.approve(
                    id, new org.tryon.governance.meetings.application.MinutesRecords.Approve(approvalMotion));
            FacesErrors.info("Minutes approved; available from " + UsFormat.date(minutes.availableOn()));
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void amendMinutes() {
        try {
            minutes = minutesRecords.amend(
                    id,
                    new org.tryon.governance.meetings.application.MinutesRecords.Amend(amendmentText, approvalMotion));
            amendmentText = null;
            FacesErrors.info("Amendment recorded");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getApprovalMotion() {
        return approvalMotion;
    }

    public void setApprovalMotion(Long v) {
        this.approvalMotion = v;
    }

    public String getAmendmentText() {
        return amendmentText;
    }

    public void setAmendmentText(String v) {
        this.amendmentText = v;
    }

    /** The motions not yet decided, to vote on. */
    public java.util.List<org.tryon.governance.meetings.application.AgendaView.MotionView> getOpenMotions() {
        if (agenda == null) {
            return java.util.List.of();
        }
        java.util.List<org.tryon.governance.meetings.application.AgendaView.MotionView> open =
                new java.util.ArrayList<>();
        agenda.items()
                .forEach(i -> i.motions().stream()
                        .filter(x -> x.status().equals("OPEN"))
                        .forEach(open::add));
        agenda.otherMotions().stream().filter(x -> x.status().equals("OPEN")).forEach(open::add);
        return open;
    }

    /** The members in the room, who vote. */
    public java.util.List<MeetingView.Member> getPresent() {
        return meeting == null
                ? java.util.List.of()
                : meeting.members().stream().filter(MeetingView.Member::present).toList();
    }

    public org.tryon.governance.meetings.domain.AgendaItem.Section[] getSections() {
        return org.tryon.governance.meetings.domain.AgendaItem.Section.values();
    }

    public org.tryon.governance.meetings.domain.Vote.Choice[] getChoices() {
        return org.tryon.governance.meetings.domain.Vote.Choice.values();
    }

    public java.util.Map<Long, String> getBallots() {
        return ballots;
    }

    public org.tryon.governance.meetings.application.AgendaView getAgenda() {
        return agenda;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public void setItemTitle(String v) {
        this.itemTitle = v;
    }

    public String getItemDetail() {
        return itemDetail;
    }

    public void setItemDetail(String v) {
        this.itemDetail = v;
    }

    public String getItemRequestedBy() {
        return itemRequestedBy;
    }

    public void setItemRequestedBy(String v) {
        this.itemRequestedBy = v;
    }

    public String getItemSpeakers() {
        return itemSpeakers;
    }

    public void setItemSpeakers(String v) {
        this.itemSpeakers = v;
    }

    public org.tryon.governance.meetings.domain.AgendaItem.Section getItemSection() {
        return itemSection;
    }

    public void setItemSection(org.tryon.governance.meetings.domain.AgendaItem.Section v) {
        this.itemSection = v;
    }

    public String getItemProblem() {
        return itemProblem;
    }

    public void setItemProblem(String v) {
        this.itemProblem = v;
    }

    public String getItemCodeSections() {
        return itemCodeSections;
    }

    public void setItemCodeSections(String v) {
        this.itemCodeSections = v;
    }

    public String getItemInterpretation() {
        return itemInterpretation;
    }

    public void setItemInterpretation(String v) {
        this.itemInterpretation = v;
    }

    public String getItemRationale() {
        return itemRationale;
    }

    public void setItemRationale(String v) {
        this.itemRationale = v;
    }

    public String getItemSubmittedTo() {
        return itemSubmittedTo;
    }

    public void setItemSubmittedTo(String v) {
        this.itemSubmittedTo = v;
    }

    public String getItemPermit() {
        return itemPermit;
    }

    public void setItemPermit(String v) {
        this.itemPermit = v;
    }

    public boolean isItemFromDepartment() {
        return itemFromDepartment;
    }

    public void setItemFromDepartment(boolean v) {
        this.itemFromDepartment = v;
    }

    public Long getConflictItem() {
        return conflictItem;
    }

    public void setConflictItem(Long v) {
        this.conflictItem = v;
    }

    public Long getConflictPerson() {
        return conflictPerson;
    }

    public void setConflictPerson(Long v) {
        this.conflictPerson = v;
    }

    public String getConflictReason() {
        return conflictReason;
    }

    public void setConflictReason(String v) {
        this.conflictReason = v;
    }

    public Long getMotionItem() {
        return motionItem;
    }

    public void setMotionItem(Long v) {
        this.motionItem = v;
    }

    public String getMotionText() {
        return motionText;
    }

    public void setMotionText(String v) {
        this.motionText = v;
    }

    public Long getMotionMover() {
        return motionMover;
    }

    public void setMotionMover(Long v) {
        this.motionMover = v;
    }

    public Long getMotionSeconder() {
        return motionSeconder;
    }

    public void setMotionSeconder(Long v) {
        this.motionSeconder = v;
    }

    public Long getVoteMotion() {
        return voteMotion;
    }

    public void setVoteMotion(Long v) {
        this.voteMotion = v;
    }

    /** The open presence of a member, to record the departure; null when the member is not in the room. */
    public Long openPresence(MeetingView.Member m) {
        return m.presences().stream()
                .filter(p -> p.departedAt() == null)
                .map(MeetingView.PresenceView::id)
                .findFirst()
                .orElse(null);
    }

    public ExcusedAbsence.Channel[] getChannels() {
        return ExcusedAbsence.Channel.values();
    }

    public ExcusedAbsence.Reason[] getReasons() {
        return ExcusedAbsence.Reason.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingView getMeeting() {
        return meeting;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public Long getExcusePerson() {
        return excusePerson;
    }

    public void setExcusePerson(Long excusePerson) {
        this.excusePerson = excusePerson;
    }

    public LocalDate getExcuseRequestedOn() {
        return excuseRequestedOn;
    }

    public void setExcuseRequestedOn(LocalDate excuseRequestedOn) {
        this.excuseRequestedOn = excuseRequestedOn;
    }

    public ExcusedAbsence.Channel getExcuseChannel() {
        return excuseChannel;
    }

    public void setExcuseChannel(ExcusedAbsence.Channel excuseChannel) {
        this.excuseChannel = excuseChannel;
    }

    public ExcusedAbsence.Reason getExcuseReason() {
        return excuseReason;
    }

    public void setExcuseReason(ExcusedAbsence.Reason excuseReason) {
        this.excuseReason = excuseReason;
    }

    public Long getDecideId() {
        return decideId;
    }

    public void setDecideId(Long decideId) {
        this.decideId = decideId;
    }

    public Boolean getDecideExcused() {
        return decideExcused;
    }

    public void setDecideExcused(Boolean decideExcused) {
        this.decideExcused = decideExcused;
    }

    public String getDecideChair() {
        return decideChair;
    }

    public void setDecideChair(String decideChair) {
        this.decideChair = decideChair;
    }
}

package org.tryon.permitting.enforcement.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tryon.permitting.enforcement.domain.ActionStatus;
import org.tryon.permitting.enforcement.domain.AppealWindow;
import org.tryon.permitting.enforcement.domain.EnforcementAction;
import org.tryon.permitting.enforcement.domain.EnforcementAppeal;
import org.tryon.permitting.enforcement.domain.EnforcementAuthority;
import org.tryon.permitting.enforcement.domain.EnforcementKind;
import org.tryon.permitting.enforcement.domain.EnforcementSettings;
import org.tryon.permitting.enforcement.domain.NoticeDelivery;
import org.tryon.permitting.enforcement.domain.OrderStanding;
import org.tryon.permitting.module.domain.Act;
import org.tryon.permitting.permits.application.Permits;
import org.tryon.permitting.permits.application.RevokePermit;
import org.tryon.permitting.permits.domain.Permit;
import org.tryon.permitting.permits.domain.ProjectAddress;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.lists.ListDefinition;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.WorkingDayCalendar;

/**
 * Use cases of administrative enforcement (108.12). Each checks the caller's role
 * ({@link EnforcementAuthority}), then the command's input, then the ordinance's rules, before
 * anything changes; a refused action leaves every record as it was.
 */
@ApplicationScoped
@Transactional
public class EnforcementActions {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    @Inject
    SecurityContext security;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar countyCalendar;

    @Inject
    AuditHistory audit;

    /** 108.12.2: revocation itself stays with the permit's own use case; here we give its written notice. */
    @Inject
    Permits permits;

    /** 108.12.1 */
    public EnforcementActionView issueStopOrder(long permitId, IssueStopOrder command) {
        require(EnforcementAuthority.issuers(EnforcementKind.STOP_ORDER), "108.12.1 stop order");
        Inputs.valid(validator, command);
        return issued(EnforcementAction.stopOrder(
                permitRef(permitId),
                issue(),
                command.personDoingWork(),
                command.address(),
                command.workToStop(),
                command.reasons(),
                command.conditionsToResume()));
    }

    /** 108.12.3 */
    public EnforcementActionView issueDefectNotice(long permitId, IssueDefectNotice command) {
        require(EnforcementAuthority.issuers(EnforcementKind.DEFECT_NOTICE), "108.12.3 notice of defects");
        Inputs.valid(validator, command);
        return issued(EnforcementAction.defectNotice(
                permitRef(permitId),
                issue(),
                command.ownerOrOccupant(),
                command.address(),
                command.defects(),
                command.reasons(),
                command.remedy(),
                command.correctBy()));
    }

    /** 108.12.2: revokes the permit through {@link Permits#revoke} and records the written notice to the holder, together. */
    public EnforcementActionView issueRevocationNotice(long permitId, IssueRevocationNotice command) {
        require(EnforcementAuthority.issuers(EnforcementKind.REVOCATION_NOTICE), "108.12.2 revocation");
        Inputs.valid(validator, command);
        EnforcementAction.PermitRef ref = permitRef(permitId);
        permits.revoke(permitId, new RevokePermit(command.ground(), command.details()));
        String holder = command.holder() == null || command.holder().isBlank()
                ? permit(permitId).holder().name()
                : command.holder();
        return issued(EnforcementAction.revocationNotice(
                ref, issue(), holder, command.address(), command.ground(), command.details()));
    }

    /** 108.12.4 */
    public EnforcementActionView condemn(CondemnBuilding command) {
        require(EnforcementAuthority.issuers(EnforcementKind.CONDEMNATION), "108.12.4 condemnation");
        Inputs.valid(validator, command);
        EnforcementAction.PermitRef ref = command.permitId() == null ? null : permitRef(command.permitId());
        ProjectAddress building = command.hasAddress()
                ? new ProjectAddress(command.street(), command.city(), command.state(), command.zip())
                : ref.address();
        return issued(EnforcementAction.condemnation(
                ref,
                building,
                issue(),
                command.owner(),
                command.ownerAddress(),
                command.dangers(),
                command.reasons(),
                command.conditions()));
    }

    /** 108.12.6: notice of the hearing to the owner of a condemned building who failed to take corrective action. */
    public EnforcementActionView giveHearingNotice(long condemnationId, GiveHearingNotice command) {
        require(EnforcementAuthority.issuers(EnforcementKind.HEARING_NOTICE), "108.12.6 hearing notice");
        Inputs.valid(validator, command);
        Act issue = issue();
        return issued(EnforcementAction.hearingNotice(
                find(condemnationId),
                issue,
                command.hearingAt(),
                command.place(),
                settings.valueOn(EnforcementSettings.HEARING_WITHIN_DAYS, issue.on())));
    }

    /** 108.12.6: the order after the hearing. */
    public EnforcementActionView issueCorrectiveOrder(long condemnationId, IssueCorrectiveOrder command) {
        require(EnforcementAuthority.issuers(EnforcementKind.CORRECTIVE_ORDER), "108.12.6 corrective order");
        Inputs.valid(validator, command);
        EnforcementAction condemnation = find(condemnationId);
        EnforcementAction hearing = following(condemnationId, EnforcementKind.HEARING_NOTICE).stream()
                .max(Comparator.comparing(EnforcementAction::getHearingAt))
                .orElse(null);
        Act issue = issue();
        return issued(EnforcementAction.correctiveOrder(
                condemnation,
                hearing,
                issue,
                command.action(),
                command.findings(),
                command.requirements(),
                command.complyBy(),
                settings.valueOn(EnforcementSettings.CORRECTIVE_PERIOD_MIN_DAYS, issue.on())));
    }

    /** 106: records how and when the written notice was delivered. */
    public EnforcementActionView recordDelivery(long actionId, RecordDelivery command) {
        require(EnforcementAuthority.servers(), "106 written notice");
        Inputs.valid(validator, command);
        EnforcementAction action = find(actionId);
        em.persist(action.deliver(command.delivery(), new Act(today(), clock.instant(), user.name(), null)));
        return view(action);
    }

    /** 108.12.1, 108.12.3, 108.12.5, 108.12.6: the department lifts an order in force. */
    public EnforcementActionView lift(long actionId, LiftOrder command) {
        EnforcementAction action = find(actionId);
        require(EnforcementAuthority.issuers(action.getKind()), action.getKind().liftedAs());
        Inputs.valid(validator, command);
        boolean correctiveOrderInForce = following(actionId, EnforcementKind.CORRECTIVE_ORDER).stream()
                .anyMatch(o -> o.getStatus() == ActionStatus.IN_FORCE);
        action.lift(issue(), command.reason(), correctiveOrderInForce);
        return view(action);
    }

    /** 108.12.1, 108.12.7: records a written notice of appeal, if it is in time. */
    public EnforcementActionView appeal(long actionId, RecordAppeal command) {
        require(EnforcementAuthority.servers(), "108.12.7 appeal");
        Inputs.valid(validator, command);
        EnforcementAction action = find(actionId);
        em.persist(action.appeal(
                windowOf(action),
                noticeGivenOn(deliveriesOf(List.of(actionId)).get(actionId)),
                appealOf(actionId) != null,
                command.filedOn(),
                command.appellant(),
                command.grounds(),
                today(),
                user.name(),
                clock.instant()));
        return view(action);
    }

    /** 108.12.7: records the decision on the appeal. */
    public EnforcementActionView decideAppeal(long actionId, DecideAppeal command) {
        require(EnforcementAuthority.appealRecorders(), "108.12.7 decision on appeal");
        Inputs.valid(validator, command);
        EnforcementAction action = find(actionId);
        EnforcementAppeal appeal = appealOf(actionId);
        if (appeal == null) {
            throw new org.tryon.platform.errors.RuleViolationException(
                    "actionId",
                    "108.12.7 appealed",
                    action.getReferenceNumber() + " has not been appealed; record the appeal first");
        }
        action.decideAppeal(
                appeal, command.outcome(), command.decidedOn(), command.decidedBy(), command.reasons(), issue());
        return view(action);
    }

    public EnforcementActionView get(long actionId) {
        return view(find(actionId));
    }

    /** The actions on a permit's work, newest first. */
    public List<EnforcementActionView> forPermit(long permitId) {
        permit(permitId);
        return views(em.createQuery(
                        "select a from EnforcementAction a where a.permitId = :p order by a.id desc",
                        EnforcementAction.class)
                .setParameter("p", permitId)
                .getResultList());
    }

    /**
     * The department-wide list (lazy, filtered and sorted in the database), newest first:
     * reference, permit number and addressee contain; kind and status by choice; sorted also by the
     * day issued.
     */
    public static final ListDefinition<EnforcementAction> LIST = ListDefinition.of(EnforcementAction.class)
            .text("referenceNumber", "referenceNumber")
            .text("permitNumber", "permitNumber")
            .text("addresseeName", "addresseeName")
            .choice("kind", "kind", EnforcementKind.class)
            .choice("status", "status", ActionStatus.class)
            .sorted("issuedOn", "issued.on")
            .build();

    /**
     * The department-wide list, newest first: with {@code inForceOnly}, the orders in force (open
     * stop orders, notices of defects, condemnations, corrective orders), each with its appeal
     * deadline and finality; at most 500.
     */
    public List<EnforcementActionView> list(boolean inForceOnly) {
        return rows(ListRequest.filtered(Map.of("status", inForceOnly ? ActionStatus.IN_FORCE.name() : ""), 500));
    }

    /** How many actions of the department-wide list match. */
    public long count(ListRequest request) {
        return LIST.count(em, request);
    }

    /** One page of the department-wide list, each action with its deliveries, appeal and finality. */
    public List<EnforcementActionView> rows(ListRequest request) {
        return LIST.rows(em, request, this::views);
    }

    public List<HistoryEntry> history(long actionId) {
        find(actionId);
        return audit.of(EnforcementAction.class, actionId);
    }

    /** The id of an issued permit by its number, for screens where staff type the number. */
    public long permitIdOf(String permitNumber) {
        return em.createQuery("select p.id from Permit p where p.number = :n", Long.class)
                .setParameter(
                        "n", permitNumber == null ? "" : permitNumber.trim().toUpperCase())
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new org.tryon.platform.errors.RuleViolationException(
                        "permitNumber",
                        "exists",
                        "There is no permit numbered '" + (permitNumber == null ? "" : permitNumber.trim()) + "'"));
    }

    EnforcementAction find(long actionId) {
        EnforcementAction a = em.find(EnforcementAction.class, actionId);
        if (a == null) {
            throw new RecordNotFoundException("enforcement action", actionId);
        }
        return a;
    }

    List<NoticeDelivery> deliveries(long actionId) {
        return deliveriesOf(List.of(actionId)).getOrDefault(actionId, List.of());
    }

    /** The appeal window of an order: its days are those in force on the day it was issued. */
    AppealWindow windowOf(EnforcementAction a) {
        return a.getKind()
                .appealWindow()
                .map(k -> new AppealWindow(settings.valueOn(k, a.getIssued().on()), countyCalendar.calendar()))
                .orElse(null);
    }

    private EnforcementActionView issued(EnforcementAction action) {
        em.persist(action);
        em.flush();
        action.assignNumber();
        return view(action);
    }

    private EnforcementActionView view(EnforcementAction action) {
        em.flush();
        return views(List.of(action)).get(0);
    }

    private List<EnforcementActionView> views(List<EnforcementAction> actions) {
        if (actions.isEmpty()) {
            return List.of();
        }
        List<Long> ids = actions.stream().map(EnforcementAction::getId).toList();
        Map<Long, List<NoticeDelivery>> deliveries = deliveriesOf(ids);
        Map<Long, EnforcementAppeal> appeals = em.createQuery(
                        "select a from EnforcementAppeal a where a.actionId in :ids", EnforcementAppeal.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(EnforcementAppeal::getActionId, Function.identity()));
        WorkingDayCalendar calendar = countyCalendar.calendar();
        var windows = Map.of(
                EnforcementSettings.STOP_ORDER_APPEAL_DAYS,
                settings.timeline(EnforcementSettings.STOP_ORDER_APPEAL_DAYS),
                EnforcementSettings.CORRECTIVE_ORDER_APPEAL_DAYS,
                settings.timeline(EnforcementSettings.CORRECTIVE_ORDER_APPEAL_DAYS));
        LocalDate today = today();
        return actions.stream()
                .map(a -> {
                    List<NoticeDelivery> ds = deliveries.getOrDefault(a.getId(), List.of());
                    LocalDate givenOn = noticeGivenOn(ds);
                    EnforcementAppeal appeal = appeals.get(a.getId());
                    AppealWindow window = a.getKind()
                            .appealWindow()
                            .map(k -> new AppealWindow(
                                    windows.get(k).valueOn(a.getIssued().on()), calendar))
                            .orElse(null);
                    OrderStanding standing = OrderStanding.of(
                            a.getKind(),
                            window,
                            givenOn,
                            appeal == null ? null : appeal.getFiledOn(),
                            appeal == null ? null : appeal.getOutcome(),
                            appeal == null ? null : appeal.getDecidedOn(),
                            today);
                    boolean overdue = a.getStatus() == ActionStatus.IN_FORCE
                            && a.getComplyBy() != null
                            && today.isAfter(a.getComplyBy());
                    boolean posted = ds.stream().anyMatch(d -> !d.getMethod().givesWrittenNotice());
                    return EnforcementActionView.of(
                            a,
                            givenOn,
                            posted,
                            standing,
                            overdue,
                            AppealView.of(appeal),
                            ds.stream().map(DeliveryView::of).toList());
                })
                .toList();
    }

    private Map<Long, List<NoticeDelivery>> deliveriesOf(Collection<Long> ids) {
        return em.createQuery(
                        "select d from NoticeDelivery d where d.actionId in :ids order by d.deliveredOn, d.id",
                        NoticeDelivery.class)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.groupingBy(NoticeDelivery::getActionId));
    }

    /** 106: written notice is given on the first day it was delivered in person or sent by registered mail. */
    private static LocalDate noticeGivenOn(List<NoticeDelivery> deliveries) {
        return deliveries == null
                ? null
                : deliveries.stream()
                        .filter(d -> d.getMethod().givesWrittenNotice())
                        .map(NoticeDelivery::getDeliveredOn)
                        .min(Comparator.naturalOrder())
                        .orElse(null);
    }

    private EnforcementAppeal appealOf(long actionId) {
        return em.createQuery("select a from EnforcementAppeal a where a.actionId = :id", EnforcementAppeal.class)
                .setParameter("id", actionId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<EnforcementAction> following(long condemnationId, EnforcementKind kind) {
        return em.createQuery(
                        "select a from EnforcementAction a where a.relatedActionId = :id and a.kind = :k",
                        EnforcementAction.class)
                .setParameter("id", condemnationId)
                .setParameter("k", kind)
                .getResultList();
    }

    private EnforcementAction.PermitRef permitRef(long permitId) {
        Permit p = permit(permitId);
        return new EnforcementAction.PermitRef(p.getId(), p.getNumber(), p.getAddress());
    }

    private Permit permit(long permitId) {
        Permit p = em.find(Permit.class, permitId);
        if (p == null) {
            throw new RecordNotFoundException("permit", permitId);
        }
        return p;
    }

    /** The signed-in user's act today, now, in the office the user acts in (issuing, lifting, recording a decision). */
    private Act issue() {
        return new Act(today(), clock.instant(), user.name(), EnforcementAuthority.office(security::isCallerInRole));
    }

    private void require(Set<String> roles, String action) {
        EnforcementAuthority.require(roles, security::isCallerInRole, action);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

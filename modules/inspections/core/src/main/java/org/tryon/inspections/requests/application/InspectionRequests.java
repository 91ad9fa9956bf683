package org.tryon.inspections.requests.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.tryon.inspections.api.InspectionRequestId;
import org.tryon.inspections.api.InspectionRequested;
import org.tryon.inspections.api.WorkRecordedLate;
import org.tryon.inspections.assignment.application.InspectionAssignments;
import org.tryon.inspections.hifr.application.HifrProcess;
import org.tryon.inspections.hifr.domain.HifrScheduling;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.inspections.register.application.InspectablePermitView;
import org.tryon.inspections.register.domain.InspectablePermit;
import org.tryon.inspections.register.domain.PermitStateOnDay;
import org.tryon.inspections.requests.domain.EarliestInspectionDate;
import org.tryon.inspections.requests.domain.InspectionRequest;
import org.tryon.inspections.requests.domain.InspectionType;
import org.tryon.inspections.requests.domain.RequestedOnce;
import org.tryon.inspections.results.domain.PermitInspectionRecord;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.PermitId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.time.CountyCalendar;
import org.tryon.platform.time.WorkingDayCalendar;

/** Use cases of inspection requests (108.10 C, 108.10.1): only the holder, its point of contact or a designee requests
 * ({@link RequestDesignees}); each new request is assigned at once ({@link InspectionAssignments}). */
@ApplicationScoped
@Transactional
public class InspectionRequests {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    CountyCalendar calendar;

    @Inject
    EventPublisher events;

    @Inject
    HifrProcess hifr;

    @Inject
    AuditHistory audit;

    @Inject
    InspectionAssignments assignments;

    @Inject
    RequestDesignees designees;

    @Inject
    CurrentUser user;

    public InspectionRequestView request(RequestInspection command) {
        Inputs.valid(validator, command);
        InspectablePermit permit = em.find(InspectablePermit.class, command.permitId());
        if (permit == null) {
            throw new RuleViolationException(
                    "permitId",
                    "108.10 A issued-permit",
                    "108.10 A: there is no issued permit with id " + command.permitId()
                            + "; inspections are made only on issued permits");
        }
        InspectionType type = em.find(InspectionType.class, command.inspectionType());
        if (type == null) {
            throw new RuleViolationException(
                    "inspectionType", "exists", "There is no inspection type '" + command.inspectionType() + "'");
        }
        if (type.isDepartmental()) {
            String section = type.getDepartmentalBasis().section();
            throw new RuleViolationException(
                    "inspectionType",
                    section + " departmental",
                    section + ": " + type.getName()
                            + " is an inspection the department makes of its own accord; it is recorded by an inspector, not requested");
        }
        WorkingDayCalendar workingDays = calendar.calendar();
        LocalDate keyedIn = LocalDate.now(clock);
        boolean late = command.madeOn() != null && !command.madeOn().equals(keyedIn);
        LocalDate today = late ? command.madeOn() : keyedIn;
        if (late) {
            lateRequestAllowed(command);
        }
        HifrScheduling.Schedule schedule = HifrScheduling.of(
                late ? command.madeOn() : earliestDate(workingDays),
                today,
                permit.getHolder().kind() == PermitHolder.Kind.CONTRACTOR
                        && hifr.listed(permit.getHolder().id(), permit.getTrade(), today),
                new PermitInspectionRecord(em).reinspected(permit.getPermitId(), type.getCode()) != null,
                command.hifrOption(),
                settings.valueOn(InspectionSettings.HIFR_REQUEST_DELAY, today),
                settings.valueOn(InspectionSettings.HIFR_HOURLY_NOTICE, today),
                workingDays);
        LocalDate earliest = schedule.earliest();
        LocalDate date = command.requestedDate() == null ? earliest : command.requestedDate();
        if (date.isBefore(earliest)) {
            throw new RuleViolationException(
                    "requestedDate",
                    schedule.option() == null ? "108.10.1 earliest-date" : "108.10 F.1 earliest-date",
                    "The earliest date this request can be scheduled for is " + UsFormat.date(earliest) + ": "
                            + schedule.why());
        }
        if (!workingDays.isWorkingDay(date)) {
            throw new RuleViolationException(
                    "requestedDate", "working-day", UsFormat.date(date) + " is not a working day of the county");
        }
        InspectionRequest request = new InspectionRequest(
                permit,
                new PermitStateOnDay(em).judge(permit, today),
                late ? today : null,
                type,
                date,
                earliest,
                command.requestedBy(),
                command.contactPhone(),
                clock.instant());
        designees.check(permit, command.requestedBy());
        request.hifr(schedule.option());
        if (command.urgentReason() != null
                || command.urgentNote() != null && !command.urgentNote().isBlank()) {
            request.markUrgent(command.urgentReason(), command.urgentNote());
        }
        RequestedOnce.check(
                permit.getPermitNumber(),
                type.getName(),
                date,
                em
                        .createQuery(
                                "select r.id, r.status from InspectionRequest r "
                                        + "where r.permitId = :permit and r.inspectionType = :type and r.scheduledFor = :day",
                                Object[].class)
                        .setParameter("permit", permit.getPermitId())
                        .setParameter("type", type.getCode())
                        .setParameter("day", date)
                        .getResultList()
                        .stream()
                        .map(row -> new RequestedOnce.Earlier((Long) row[0], (InspectionRequest.Status) row[1]))
                        .toList());
        try {
            em.persist(request);
            em.flush();
        } catch (PersistenceException e) {
            // a twin made at the same moment, committed (or still open) after the check above read the day (ADR 0024)
            if (violates(e, RequestedOnce.INDEX)) {
                throw RequestedOnce.refusal(permit.getPermitNumber(), type.getName(), date, null);
            }
            throw e;
        }
        assignments.assignNew(request, permit);
        events.publishDurably(new InspectionRequested(
                UUID.randomUUID(),
                clock.instant(),
                new InspectionRequestId(request.getId()),
                new PermitId(permit.getPermitId()),
                permit.getPermitNumber(),
                type.getCode(),
                today,
                date));
        if (late) {
            // a clock that ran out between the day the request was made and today may have been wrong (ADR 0016)
            events.publishDurably(new WorkRecordedLate(
                    UUID.randomUUID(),
                    clock.instant(),
                    new PermitId(permit.getPermitId()),
                    permit.getPermitNumber(),
                    "inspection request " + request.getId() + " (" + type.getCode() + ", by " + request.getRequestedBy()
                            + ")",
                    false,
                    true,
                    false,
                    today,
                    user.name()));
        }
        return InspectionRequestView.of(request);
    }

    /** Whether {@code e} is the database refusing a row that breaks the unique index {@code index}. */
    public static boolean violates(Throwable e, String index) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    && t.getMessage() != null
                    && t.getMessage().contains(index)) {
                return true;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException c
                    && index.equalsIgnoreCase(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Outage notice of December 2017: a request made by phone is keyed in afterwards by staff, with the
     * day it was made; never a day to come, and with the date the inspector gave it.
     */
    private void lateRequestAllowed(RequestInspection command) {
        user.requireAnyRole(
                "Only department staff key in a request made earlier (by phone during an outage)",
                Roles.PERMIT_TECHNICIAN,
                Roles.INSPECTOR,
                Roles.TRADE_CODE_ADMINISTRATOR,
                Roles.ADMINISTRATOR);
        if (command.madeOn().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "madeOn",
                    "not-future",
                    "A request cannot have been made on a day to come (" + UsFormat.date(command.madeOn()) + ")");
        }
        if (command.requestedDate() == null) {
            throw new RuleViolationException(
                    "requestedDate",
                    "required",
                    "A request made on " + UsFormat.date(command.madeOn())
                            + " and keyed in later needs the date it was scheduled for");
        }
    }

    /** The earliest date a request made now can be scheduled for (108.10.1, cut-off time setting). */
    public LocalDate earliestDate() {
        return earliestDate(calendar.calendar());
    }

    private LocalDate earliestDate(WorkingDayCalendar workingDays) {
        LocalDateTime now = LocalDateTime.now(clock);
        return EarliestInspectionDate.of(
                now.toLocalDate(),
                now.toLocalTime(),
                settings.valueOn(InspectionSettings.REQUEST_CUTOFF, now.toLocalDate()),
                workingDays);
    }

    public List<InspectionRequestView> list() {
        return em
                .createQuery(
                        "select r from InspectionRequest r order by r.scheduledFor desc, r.id desc",
                        InspectionRequest.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(InspectionRequestView::of)
                .toList();
    }

    public InspectionRequestView get(long id) {
        InspectionRequest r = em.find(InspectionRequest.class, id);
        if (r == null) {
            throw new RecordNotFoundException("inspection request", id);
        }
        return InspectionRequestView.of(r);
    }

    public List<HistoryEntry> history(long id) {
        get(id);
        return audit.of(InspectionRequest.class, id);
    }

    public List<InspectionTypeView> types(Trade trade) {
        return em
                .createQuery(
                        "select t from InspectionType t where (:trade is null or t.trade = :trade) order by t.trade, t.sortOrder",
                        InspectionType.class)
                .setParameter("trade", trade)
                .getResultList()
                .stream()
                .map(t -> new InspectionTypeView(
                        t.getCode(),
                        t.getTrade(),
                        t.getName(),
                        t.isFinalInspection(),
                        t.isDepartmental() ? t.getDepartmentalBasis().section() : null))
                .toList();
    }

    /** Inspections' record of one permit. */
    public InspectablePermitView permit(long permitId) {
        InspectablePermit p = em.find(InspectablePermit.class, permitId);
        if (p == null) {
            throw new RecordNotFoundException("permit", permitId);
        }
        return InspectablePermitView.of(p);
    }

    public List<InspectablePermitView> permits() {
        return em
                .createQuery("select p from InspectablePermit p order by p.permitNumber desc", InspectablePermit.class)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(InspectablePermitView::of)
                .toList();
    }
}

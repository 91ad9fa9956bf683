package org.tryon.platform.time;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * The county's {@link WorkingDayCalendar}: its holidays of any year are computed from the holiday
 * rules and the administrator's exceptions kept in the database ({@link CountyHolidays}), the one
 * source of truth. The rules and exceptions are read once and the holidays of each year computed
 * once; every change of a rule or an exception drops that cache (again when its transaction ends,
 * so a read racing the change cannot keep the old days).
 */
@ApplicationScoped
public class CountyCalendar {

    private static final Set<DayOfWeek> WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    TryonClock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Cached> cache = new AtomicReference<>();

    /** The rules and exceptions as read, and the holidays computed from them per year. */
    private record Cached(long generation, CountyHolidays holidays, Map<Integer, List<HolidayView>> years) {}

    /** The working-day calendar for any year, from the rules and exceptions as they are now. */
    public WorkingDayCalendar calendar() {
        return new WorkingDayCalendar(
                WEEKEND,
                year -> holidaysOf(year).stream().map(HolidayView::date).collect(Collectors.toUnmodifiableSet()));
    }

    /** The county's days off of {@code year}, in date order. A read: nothing is written. */
    public List<HolidayView> holidaysOf(int year) {
        Cached c = cached();
        return c.years().computeIfAbsent(year, c.holidays()::of);
    }

    private Cached cached() {
        Cached c = cache.get();
        if (c != null) {
            return c;
        }
        long gen = generation.get();
        List<HolidayRuleView> rules = rules();
        List<HolidayExceptionView> exceptions = exceptions();
        Cached fresh = new Cached(gen, new CountyHolidays(rules, exceptions), new ConcurrentHashMap<>());
        if (generation.get() == gen) {
            cache.compareAndSet(null, fresh);
        }
        return fresh;
    }

    private void invalidate() {
        generation.incrementAndGet();
        cache.set(null);
        if (transactions != null && transactions.getTransactionKey() != null) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                    cache.set(null);
                }
            });
        }
    }

    @Transactional
    public List<HolidayRuleView> rules() {
        return em
                .createQuery("select r from HolidayRule r order by r.effectiveFrom, r.code, r.id", HolidayRule.class)
                .getResultList()
                .stream()
                .map(HolidayRule::view)
                .toList();
    }

    @Transactional
    public List<HolidayExceptionView> exceptions() {
        return em
                .createQuery("select e from HolidayException e order by e.date", HolidayException.class)
                .getResultList()
                .stream()
                .map(HolidayException::view)
                .toList();
    }

    /**
     * Adds a county holiday (a closure) for one day: an exception that adds the day. A holiday in the
     * past is refused, so deadlines already computed do not move.
     */
    @Transactional
    public HolidayView addHoliday(LocalDate date, String name) {
        HolidayExceptionView e =
                addException(new HolidayExceptionView(null, date, HolidayException.Kind.ADDED, name, name));
        return new HolidayView(e.date(), e.name(), null, e.id());
    }

    /** Adds a day to the holidays ({@code ADDED}, with a name) or removes one the rules give ({@code REMOVED}), from today on. */
    @Transactional
    public HolidayExceptionView addException(HolidayExceptionView e) {
        if (e == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        LocalDate date = e.date();
        if (date == null) {
            throw new RuleViolationException("date", "required", "The day's date is required");
        }
        if (e.kind() == null) {
            throw new RuleViolationException(
                    "kind", "required", "Say whether the day is ADDED to the holidays or REMOVED from them");
        }
        String name = e.name() == null ? null : e.name().trim();
        if (e.kind() == HolidayException.Kind.ADDED && (name == null || name.isEmpty() || name.length() > 120)) {
            throw new RuleViolationException(
                    "name", "required", "The holiday's name is required (at most 120 characters)");
        }
        String reason =
                e.reason() == null || e.reason().isBlank() ? name : e.reason().trim();
        if (reason == null || reason.isEmpty() || reason.length() > 500) {
            throw new RuleViolationException("reason", "required", "The reason is required (at most 500 characters)");
        }
        if (date.isBefore(clock.today())) {
            throw new RuleViolationException(
                    "date",
                    "holiday.not-past",
                    "A holiday cannot be added or removed in the past: deadlines already computed would move");
        }
        if (!em.createQuery("select x.id from HolidayException x where x.date = :d", Long.class)
                .setParameter("d", date)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "date", "holiday.unique", UsFormat.date(date) + " already has an exception; withdraw it first");
        }
        boolean holiday =
                holidaysOf(date.getYear()).stream().anyMatch(h -> h.date().equals(date));
        if (e.kind() == HolidayException.Kind.ADDED && holiday) {
            throw new RuleViolationException("date", "holiday.unique", UsFormat.date(date) + " is already a holiday");
        }
        if (e.kind() == HolidayException.Kind.REMOVED && !holiday) {
            throw new RuleViolationException(
                    "date",
                    "holiday.exception.removes-a-holiday",
                    UsFormat.date(date) + " is not a holiday the rules give");
        }
        HolidayException saved =
                new HolidayException(date, e.kind(), e.kind() == HolidayException.Kind.ADDED ? name : null, reason);
        em.persist(saved);
        invalidate();
        return saved.view();
    }

    /** Withdraws an exception for a day not yet past: the day is again what the rules make it. */
    @Transactional
    public void withdrawException(long id) {
        HolidayException e = em.find(HolidayException.class, id);
        if (e == null) {
            throw new RecordNotFoundException("holiday exception", id);
        }
        if (e.getDate().isBefore(clock.today())) {
            throw new RuleViolationException(
                    "id",
                    "holiday.not-past",
                    "An exception for a past day stays: deadlines already computed would move");
        }
        em.remove(e);
        invalidate();
    }

    /** The county adopts a holiday rule from a date not in the past. */
    @Transactional
    public HolidayRuleView adoptRule(HolidayRuleView r) {
        check(r);
        for (HolidayRuleView other : rules()) {
            if (other.code().equals(r.code())
                    && (other.effectiveTo() == null || !other.effectiveTo().isBefore(r.effectiveFrom()))
                    && (r.effectiveTo() == null || !r.effectiveTo().isBefore(other.effectiveFrom()))) {
                throw new RuleViolationException(
                        "effectiveFrom",
                        "holiday.rule.overlap",
                        "The rule " + r.code() + " is already in effect from " + UsFormat.date(other.effectiveFrom())
                                + (other.effectiveTo() == null ? "" : " to " + UsFormat.date(other.effectiveTo()))
                                + "; end it first");
            }
        }
        HolidayRule saved = new HolidayRule(new HolidayRuleView(
                null,
                r.code(),
                r.name().trim(),
                r.kind(),
                r.month(),
                r.dayOfMonth(),
                r.dayOfWeek(),
                r.nth(),
                r.offsetDays(),
                r.baseCode(),
                r.observance(),
                r.effectiveFrom(),
                r.effectiveTo(),
                r.reason().trim()));
        em.persist(saved);
        invalidate();
        return saved.view();
    }

    /** The county drops a rule: {@code lastDay} is the last holiday date it applies to (yesterday at the earliest). */
    @Transactional
    public HolidayRuleView endRule(long id, LocalDate lastDay, String reason) {
        HolidayRule rule = em.find(HolidayRule.class, id);
        if (rule == null) {
            throw new RecordNotFoundException("holiday rule", id);
        }
        if (lastDay == null) {
            throw new RuleViolationException("lastDay", "required", "The last day the rule applies to is required");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new RuleViolationException("reason", "required", "The reason is required (at most 500 characters)");
        }
        LocalDate yesterday = clock.today().minusDays(1);
        if (lastDay.isBefore(yesterday)
                || rule.getEffectiveTo() != null && rule.getEffectiveTo().isBefore(yesterday)) {
            throw new RuleViolationException(
                    "lastDay",
                    "holiday.not-past",
                    "A rule cannot be ended in the past: deadlines already computed would move");
        }
        if (lastDay.isBefore(rule.getEffectiveFrom().minusDays(1))) {
            throw new RuleViolationException(
                    "lastDay",
                    "holiday.rule.period",
                    "The last day cannot be before the rule's start " + UsFormat.date(rule.getEffectiveFrom()));
        }
        rule.end(lastDay, reason.trim());
        invalidate();
        return rule.view();
    }

    private void check(HolidayRuleView r) {
        if (r == null) {
            throw new RuleViolationException("body", "required", "A request body is required");
        }
        if (r.code() == null || !r.code().matches("[A-Z0-9_]{1,40}")) {
            throw new RuleViolationException(
                    "code", "holiday.rule.code", "The code is required: capital letters, digits and _ (at most 40)");
        }
        if (r.name() == null || r.name().isBlank() || r.name().length() > 120) {
            throw new RuleViolationException(
                    "name", "required", "The holiday's name is required (at most 120 characters)");
        }
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > 500) {
            throw new RuleViolationException("reason", "required", "The reason is required (at most 500 characters)");
        }
        if (r.kind() == null) {
            throw new RuleViolationException(
                    "kind",
                    "required",
                    "The kind is required: FIXED_DATE, NTH_WEEKDAY, LAST_WEEKDAY, EASTER or AFTER_HOLIDAY");
        }
        if (r.observance() == null) {
            throw new RuleViolationException(
                    "observance",
                    "required",
                    "The weekend observance is required: NONE, NEAREST_WEEKDAY or FOLLOWING_WEEKDAY");
        }
        if (r.effectiveFrom() == null) {
            throw new RuleViolationException(
                    "effectiveFrom", "required", "The first day the rule applies to is required");
        }
        if (r.effectiveFrom().isBefore(clock.today())) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    "holiday.not-past",
                    "A rule cannot start in the past: deadlines already computed would move");
        }
        if (r.effectiveTo() != null && r.effectiveTo().isBefore(r.effectiveFrom())) {
            throw new RuleViolationException(
                    "effectiveTo", "holiday.rule.period", "The rule cannot end before it starts");
        }
        switch (r.kind()) {
            case FIXED_DATE -> {
                month(r);
                if (r.dayOfMonth() == null
                        || r.dayOfMonth() < 1
                        || r.dayOfMonth() > MonthDay.of(r.month(), 1).getMonth().maxLength()) {
                    throw new RuleViolationException(
                            "dayOfMonth", "holiday.rule.day", "A day of the month that month has is required");
                }
            }
            case NTH_WEEKDAY -> {
                month(r);
                weekday(r);
                if (r.nth() == null || r.nth() < 1 || r.nth() > 5) {
                    throw new RuleViolationException(
                            "nth", "holiday.rule.nth", "Which weekday of the month is required: 1 to 5");
                }
            }
            case LAST_WEEKDAY -> {
                month(r);
                weekday(r);
            }
            case EASTER -> {
                if (r.offsetDays() == null || Math.abs(r.offsetDays()) > 60) {
                    throw new RuleViolationException(
                            "offsetDays", "holiday.rule.offset", "Days from Easter Sunday are required (-60 to 60)");
                }
            }
            case AFTER_HOLIDAY -> {
                if (r.offsetDays() == null || r.offsetDays() == 0 || Math.abs(r.offsetDays()) > 30) {
                    throw new RuleViolationException(
                            "offsetDays",
                            "holiday.rule.offset",
                            "Days from the other holiday are required (-30 to 30, not 0)");
                }
                boolean base = rules().stream()
                        .anyMatch(o -> o.code().equals(r.baseCode()) && o.kind() != HolidayRuleKind.AFTER_HOLIDAY);
                if (!base) {
                    throw new RuleViolationException(
                            "baseCode",
                            "holiday.rule.base",
                            "The code of a holiday rule that is not itself relative to another is required");
                }
            }
            default -> throw new IllegalStateException();
        }
    }

    private static void month(HolidayRuleView r) {
        if (r.month() == null || r.month() < 1 || r.month() > 12) {
            throw new RuleViolationException("month", "holiday.rule.month", "The month is required: 1 to 12");
        }
    }

    private static void weekday(HolidayRuleView r) {
        if (r.dayOfWeek() == null) {
            throw new RuleViolationException(
                    "dayOfWeek", "required", "The day of the week is required: MONDAY to SUNDAY");
        }
    }

    public LocalDate today() {
        return clock.today();
    }
}

package org.tryon.inspections.hifr.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tryon.inspections.api.HifrListChanged;
import org.tryon.inspections.api.HifrSpecialFeeDue;
import org.tryon.inspections.hifr.domain.HifrDecisionRecord;
import org.tryon.inspections.hifr.domain.HifrListing;
import org.tryon.inspections.hifr.domain.HifrRules;
import org.tryon.inspections.hifr.domain.HifrTraining;
import org.tryon.inspections.hifr.domain.Quarter;
import org.tryon.inspections.module.domain.InspectionSettings;
import org.tryon.permitting.api.ContractorContacts;
import org.tryon.platform.audit.AuditHistory;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.events.EventPublisher;
import org.tryon.platform.jobs.DailyJob;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * The High Inspection Failure Rate process (108.10 F) at each quarter's end: every contractor's
 * failure rate per discipline is judged by {@link HifrRules} with the numbers in force on the
 * quarter's last day; contractors go on the list with a notice to their point of contact (106),
 * rotate off after a full quarter below, or owe the special permit fee (F.3). Each quarter is judged
 * once, whichever instance gets there first ({@code insp_hifr_quarter_run}); every decision is kept
 * with its arithmetic. Training presented rotates a contractor off on the day it is presented
 * (F.2.3.1), or with a quarter below when listed again within five years (F.2.4).
 */
@ApplicationScoped
public class HifrProcess implements DailyJob {

    private static final String REFUSAL =
            "108.10 F: only a trade code administrator or the administrator runs the HIFR process and records training";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Settings settings;

    @Inject
    EventPublisher events;

    @Inject
    CurrentUser user;

    @Inject
    Validator validator;

    @Inject
    AuditHistory audit;

    @Inject
    FailureRates rates;

    @Inject
    ContractorContacts contacts;

    /** What a quarter's run did. */
    public record QuarterRun(
            String quarter, boolean ran, int decisions, int placed, int rotatedOff, int specialFees, String note)
            implements java.io.Serializable {}

    /** F.2.3.1: documentation of training presented. */
    public record RecordTraining(
            @NotBlank @Size(max = 200) String className,
            @NotNull Integer hours,
            @NotNull LocalDate completedOn,
            LocalDate presentedOn)
            implements java.io.Serializable {}

    /** A listing as the screens and the API show it. */
    public record ListingView(
            long id,
            long contractorId,
            String contractorName,
            Trade discipline,
            String placedQuarter,
            LocalDate placedOn,
            boolean repeat,
            String quarterBelowMet,
            int trainingHours,
            int trainingHoursRequired,
            String noticeTo,
            String noticeText,
            LocalDate removedOn,
            String removalSection,
            String removalReason,
            List<TrainingView> trainings,
            List<DecisionView> decisions)
            implements java.io.Serializable {}

    public record TrainingView(
            String className, int hours, LocalDate completedOn, LocalDate presentedOn, String recordedBy)
            implements java.io.Serializable {}

    public record DecisionView(
            String quarter,
            long contractorId,
            String contractorName,
            Trade discipline,
            int inspections,
            int failures,
            BigDecimal ratePercent,
            BigDecimal thresholdPercent,
            String verdict,
            String section,
            String arithmetic)
            implements java.io.Serializable {

        static DecisionView of(HifrDecisionRecord d) {
            return new DecisionView(
                    d.getQuarter(),
                    d.getContractorId(),
                    d.getContractorName(),
                    d.getDiscipline(),
                    d.getInspections(),
                    d.getFailures(),
                    d.getRatePercent(),
                    d.getThresholdPercent(),
                    d.getVerdict().name(),
                    d.getSection(),
                    d.getArithmetic());
        }
    }

    @Override
    public String name() {
        return "HIFR quarter (108.10 F)";
    }

    /** The quarter that ended last is judged once, on the first tick after its end. */
    @Override
    @Transactional
    public String runIfDue() {
        QuarterRun run = judge(Quarter.of(LocalDate.now(clock)).previous());
        return run.ran() ? run.toString() : null;
    }

    /** Judges an ended quarter now, if it has not been judged (trade code administrator, administrator). */
    @Transactional
    public QuarterRun run(String quarterText) {
        user.requireAnyRole(REFUSAL, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Quarter quarter = Quarter.parse(quarterText, "quarter");
        if (!quarter.end().isBefore(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "quarter",
                    "108.10 F quarter-ended",
                    "108.10 F: " + quarter + " ends on " + UsFormat.date(quarter.end())
                            + "; a quarter is judged after its end");
        }
        return judge(quarter);
    }

    HifrRules rulesFor(Quarter q) {
        LocalDate d = q.end();
        return new HifrRules(
                settings.valueOn(InspectionSettings.HIFR_PROGRAM_START, d),
                settings.valueOn(InspectionSettings.HIFR_THRESHOLD, d),
                settings.valueOn(InspectionSettings.HIFR_START_THRESHOLD, d),
                settings.valueOn(InspectionSettings.HIFR_START_MONTHS, d),
                settings.valueOn(InspectionSettings.HIFR_SPECIAL_FEE_MAX_INSPECTIONS, d),
                settings.valueOn(InspectionSettings.HIFR_TRAINING_HOURS, d),
                settings.valueOn(InspectionSettings.HIFR_REPEAT_FROM_MONTHS, d),
                settings.valueOn(InspectionSettings.HIFR_REPEAT_YEARS, d));
    }

    /**
     * Judges every contractor and discipline of the quarter in one transaction. At ten years of county volume a quarter
     * holds some 25,000 of them: the counts come from one aggregate ({@link FailureRates#byContractor}), the last
     * rotation off of every firm and discipline from one query, and the persistence context is flushed at commit only
     * (no query of the loop needs the decisions written so far), so the cost grows with the decisions, not with their
     * square.
     */
    private QuarterRun judge(Quarter quarter) {
        jakarta.persistence.FlushModeType flush = em.getFlushMode();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
        try {
            return org.tryon.platform.persistence.LongWork.of(em, JUDGING_TIMEOUT, () -> judgeAll(quarter));
        } finally {
            em.setFlushMode(flush);
        }
    }

    /**
     * How long one statement of the quarter's judgement may wait for the database (a quarter's aggregate over ten years
     * of results, or the wait for another judgement of the same quarter to commit), instead of a request's few seconds.
     */
    static final java.time.Duration JUDGING_TIMEOUT = java.time.Duration.ofMinutes(5);

    private QuarterRun judgeAll(Quarter quarter) {
        HifrRules rules = rulesFor(quarter);
        if (!rules.covers(quarter)) {
            return new QuarterRun(
                    quarter.toString(),
                    false,
                    0,
                    0,
                    0,
                    0,
                    "before the program start on " + UsFormat.date(rules.programStart()));
        }
        int inserted = em.createNativeQuery(
                        "insert ignore into insp_hifr_quarter_run (quarter, ran_at, decisions) values (?1, ?2, 0)")
                .setParameter(1, quarter.toString())
                .setParameter(2, clock.instant())
                .executeUpdate();
        if (inserted == 0) {
            return new QuarterRun(quarter.toString(), false, 0, 0, 0, 0, "judged already");
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> rotations = new HashMap<>();
        for (Object[] r : em.createQuery(
                        "select l.contractorId, l.discipline, max(l.removedOn) from HifrListing l "
                                + "where l.removedOn is not null group by l.contractorId, l.discipline",
                        Object[].class)
                .getResultList()) {
            rotations.put(r[0] + "|" + r[1], (LocalDate) r[2]);
        }
        Map<String, FailureRates.Row> counts = new HashMap<>();
        for (FailureRates.Row r : rates.byContractor(quarter, quarter, null, null)) {
            counts.put(r.contractorId() + "|" + r.discipline(), r);
        }
        Map<String, HifrListing> active = new HashMap<>();
        for (HifrListing l : em.createQuery("select l from HifrListing l where l.removedOn is null", HifrListing.class)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList()) {
            active.put(l.getContractorId() + "|" + l.getDiscipline(), l);
            counts.putIfAbsent(
                    l.getContractorId() + "|" + l.getDiscipline(),
                    new FailureRates.Row(
                            quarter.toString(),
                            l.getContractorId(),
                            l.getContractorName(),
                            l.getDiscipline(),
                            0,
                            0,
                            BigDecimal.ZERO,
                            InspectionSettings.countedResults(settings, quarter.end())
                                    .failuresLabel()));
        }
        int placed = 0;
        int off = 0;
        int fees = 0;
        List<HifrDecisionRecord> decisions = new java.util.ArrayList<>(counts.size());
        for (FailureRates.Row counted : counts.values()) {
            String key = counted.contractorId() + "|" + counted.discipline();
            HifrListing listing = active.get(key);
            LocalDate rotatedOff = rotations.get(key);
            LocalDate from = listing == null ? HifrRules.countedFrom(quarter, rotatedOff) : null;
            // F.2.4: only what the contractor did after rotating off counts
            FailureRates.Row row = from == null
                    ? counted
                    : rates.since(
                            quarter, from, counted.discipline(), counted.contractorId(), counted.contractorName());
            HifrRules.Decision d = rules.decide(
                    quarter,
                    row.counts(),
                    listing == null ? null : listing.standing(rules.trainingHours()),
                    rotatedOff);
            if (from != null) {
                d = new HifrRules.Decision(
                        d.verdict(),
                        d.threshold(),
                        d.section(),
                        "Counted from " + UsFormat.date(from) + ", after " + counted.contractorName()
                                + " rotated off on "
                                + UsFormat.date(rotatedOff)
                                + " (108.10 F.2.4: thereafter): " + d.arithmetic());
            }
            decisions.add(new HifrDecisionRecord(
                    quarter,
                    row.contractorId(),
                    row.contractorName(),
                    row.discipline(),
                    row.counts(),
                    d,
                    clock.instant()));
            switch (d.verdict()) {
                case PLACED, PLACED_REPEAT -> {
                    place(quarter, row, d, rules, today);
                    placed++;
                }
                case SPECIAL_FEE -> {
                    events.publishDurably(new HifrSpecialFeeDue(
                            UUID.randomUUID(),
                            clock.instant(),
                            new ContractorId(row.contractorId()),
                            row.contractorName(),
                            row.discipline().name(),
                            quarter.toString(),
                            row.inspections(),
                            row.failures(),
                            row.ratePercent()));
                    fees++;
                }
                case QUARTER_MET_AWAITING_TRAINING -> listing.quarterBelowMet(quarter);
                case ROTATED_OFF -> {
                    listing.remove(today, d.section(), d.arithmetic());
                    listChanged(listing, false, today, quarter, d.section());
                    off++;
                }
                case BELOW, STAYS_LISTED -> {
                    // nothing changes; the decision is kept
                }
            }
        }
        insertAll(decisions);
        em.createNativeQuery("update insp_hifr_quarter_run set decisions = ?1 where quarter = ?2")
                .setParameter(1, counts.size())
                .setParameter(2, quarter.toString())
                .executeUpdate();
        return new QuarterRun(quarter.toString(), true, counts.size(), placed, off, fees, null);
    }

    /**
     * The quarter's decisions in JDBC batches of {@value #DECISION_BATCH} rows (append-only records, not audited; at ten
     * years a quarter holds some 25,000 of them, which one insert each, as an identity key makes Hibernate do, would
     * make the slowest part of the judgement).
     */
    private void insertAll(List<HifrDecisionRecord> decisions) {
        em.unwrap(org.hibernate.Session.class).doWork(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement(
                    "insert into insp_hifr_decision (quarter, "
                            + "contractor_id, contractor_name, discipline, inspections, failures, rate_percent, "
                            + "threshold_percent, verdict, section, arithmetic, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (HifrDecisionRecord r : decisions) {
                    ps.setString(1, r.getQuarter());
                    ps.setLong(2, r.getContractorId());
                    ps.setString(3, r.getContractorName());
                    ps.setString(4, r.getDiscipline().name());
                    ps.setInt(5, r.getInspections());
                    ps.setInt(6, r.getFailures());
                    ps.setBigDecimal(7, r.getRatePercent());
                    ps.setBigDecimal(8, r.getThresholdPercent());
                    ps.setString(9, r.getVerdict().name());
                    ps.setString(10, r.getSection());
                    ps.setString(11, r.getArithmetic());
                    ps.setObject(12, java.time.LocalDateTime.ofInstant(r.getDecidedAt(), java.time.ZoneOffset.UTC));
                    ps.addBatch();
                    if (++n % DECISION_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
        });
    }

    static final int DECISION_BATCH = 1000;

    private void place(Quarter quarter, FailureRates.Row row, HifrRules.Decision d, HifrRules rules, LocalDate today) {
        var poc = contacts.pointOfContact(new ContractorId(row.contractorId()));
        String to = poc.map(c -> c.name() + ", point of contact of " + c.firmName()
                        + (c.phone() == null ? "" : ", " + c.phone()))
                .orElse("the point of contact of " + row.contractorName());
        String text =
                "To " + to + ". " + row.contractorName() + " is placed on the High Inspection Failure Rate list for "
                        + row.discipline().label().toLowerCase() + " work from " + UsFormat.date(today) + " ("
                        + d.section() + "). "
                        + d.arithmetic()
                        + ". From now on its inspection requests are delayed "
                        + words(settings.valueOn(InspectionSettings.HIFR_REQUEST_DELAY, today))
                        + " days (F.1), and at each request it chooses how the work is "
                        + "assured (F.2): a failed initial inspection is re-inspected at an hourly charge (F.2.1), by a department-approved third "
                        + "party (F.2.2.1) or by the department, by the hour, scheduled at least "
                        + words(settings.valueOn(InspectionSettings.HIFR_HOURLY_NOTICE, today))
                        + " work days ahead (F.2.2.2). It rotates off by "
                        + "presenting " + words(rules.trainingHours())
                        + " contact hours of NC Building Code training in the discipline (F.2.3.1) or after a full quarter below "
                        + "the threshold (F.2.3.2)"
                        + (d.verdict() == HifrRules.Verdict.PLACED_REPEAT
                                ? "; listed again within " + words(rules.repeatYears())
                                        + " years of rotating off, it must do both (F.2.4)"
                                : "")
                        + ".";
        HifrListing listing = new HifrListing(
                row.contractorId(),
                row.contractorName(),
                row.discipline(),
                quarter,
                today,
                d.verdict() == HifrRules.Verdict.PLACED_REPEAT,
                to,
                text.length() > 2000 ? text.substring(0, 2000) : text);
        em.persist(listing);
        listChanged(listing, true, today, quarter, d.section());
    }

    private static final String[] WORDS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"
    };

    /** A number of the notice in words, as a letter writes it (in figures above twelve). */
    static String words(int n) {
        return n >= 0 && n < WORDS.length ? WORDS[n] : String.valueOf(n);
    }

    private void listChanged(HifrListing l, boolean listed, LocalDate on, Quarter quarter, String section) {
        events.publishDurably(new HifrListChanged(
                UUID.randomUUID(),
                clock.instant(),
                new ContractorId(l.getContractorId()),
                l.getContractorName(),
                l.getDiscipline().name(),
                listed,
                on,
                quarter == null ? null : quarter.toString(),
                section));
    }

    /** F.2.3.1, F.2.4.1: documentation of training presented for a listing; rotates it off when that completes what is required. */
    @Transactional
    public ListingView recordTraining(long listingId, RecordTraining command) {
        user.requireAnyRole(REFUSAL, Roles.TRADE_CODE_ADMINISTRATOR, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        HifrListing listing = em.find(HifrListing.class, listingId, LockModeType.PESSIMISTIC_WRITE);
        if (listing == null) {
            throw new RecordNotFoundException("HIFR listing", listingId);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate presented = command.presentedOn() == null ? today : command.presentedOn();
        int required = settings.valueOn(InspectionSettings.HIFR_TRAINING_HOURS, presented);
        HifrTraining training = new HifrTraining(
                listing,
                command.className(),
                command.hours(),
                command.completedOn(),
                presented,
                today,
                user.name(),
                clock.instant());
        em.persist(training);
        if (listing.trainingPresented(training, required)) {
            listChanged(listing, false, presented, null, listing.getRemovalSection());
        }
        em.flush();
        return view(listing);
    }

    /** The list: active listings, or all with {@code all}; newest first. */
    @Transactional
    public List<ListingView> list(boolean all) {
        return em
                .createQuery(
                        "select l from HifrListing l where (:all = true or l.removedOn is null) order by l.placedOn desc, l.id desc",
                        HifrListing.class)
                .setParameter("all", all)
                .setMaxResults(500)
                .getResultList()
                .stream()
                .map(this::view)
                .toList();
    }

    @Transactional
    public ListingView get(long id) {
        HifrListing l = em.find(HifrListing.class, id);
        if (l == null) {
            throw new RecordNotFoundException("HIFR listing", id);
        }
        return view(l);
    }

    @Transactional
    public List<HistoryEntry> history(long id) {
        get(id);
        return audit.of(HifrListing.class, id);
    }

    /** The decisions of a quarter, or of a contractor (each with its arithmetic and section). */
    @Transactional
    public List<DecisionView> decisions(String quarter, Long contractorId) {
        String q = quarter == null || quarter.isBlank()
                ? null
                : Quarter.parse(quarter, "quarter").toString();
        return em
                .createQuery(
                        "select d from HifrDecisionRecord d where (:q is null or d.quarter = :q) and (:c is null or d.contractorId = :c) "
                                + "order by d.quarter desc, d.contractorName, d.discipline",
                        HifrDecisionRecord.class)
                .setParameter("q", q)
                .setParameter("c", contractorId)
                .setMaxResults(1000)
                .getResultList()
                .stream()
                .map(DecisionView::of)
                .toList();
    }

    /** Whether {@code contractorId} is on the HIFR list of {@code discipline} on {@code day} (108.10 F.1, F.2 at request time). */
    @Transactional
    public boolean listed(long contractorId, Trade discipline, LocalDate day) {
        return em.createQuery(
                                "select count(l) from HifrListing l where l.contractorId = :c and l.discipline = :d and l.placedOn <= :day "
                                        + "and (l.removedOn is null or l.removedOn > :day)",
                                Long.class)
                        .setParameter("c", contractorId)
                        .setParameter("d", discipline)
                        .setParameter("day", day)
                        .getSingleResult()
                > 0;
    }

    private ListingView view(HifrListing l) {
        int required = settings.valueOn(InspectionSettings.HIFR_TRAINING_HOURS, LocalDate.now(clock));
        return new ListingView(
                l.getId(),
                l.getContractorId(),
                l.getContractorName(),
                l.getDiscipline(),
                l.getPlacedQuarter(),
                l.getPlacedOn(),
                l.isRepeat(),
                l.getQuarterBelowMet(),
                l.trainingHours(),
                required,
                l.getNoticeTo(),
                l.getNoticeText(),
                l.getRemovedOn(),
                l.getRemovalSection(),
                l.getRemovalReason(),
                l.getTrainings().stream()
                        .map(t -> new TrainingView(
                                t.getClassName(),
                                t.getHours(),
                                t.getCompletedOn(),
                                t.getPresentedOn(),
                                t.getRecordedBy()))
                        .toList(),
                decisions(null, l.getContractorId()).stream()
                        .filter(d -> d.discipline() == l.getDiscipline())
                        .toList());
    }
}

package org.tryon.fees.adjustment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tryon.fees.adjustment.domain.AdjustmentSchedule;
import org.tryon.fees.adjustment.domain.ScheduleBand;
import org.tryon.fees.adjustment.domain.ScheduleLine;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * The Reinspection Fee Adjustment Schedules (Re-Inspection Fee Program) as the administrator keeps them: every schedule
 * ever adopted with its lines, and the adoption of a new one from a day after today. A schedule is
 * never edited: the one in force on the day an adjustment is applied decides it, and an applied
 * adjustment can always be explained by the schedule it used.
 */
@ApplicationScoped
@Transactional
public class AdjustmentSchedules {

    static final String RULE = "Re-Inspection Fee Program adjustment-schedule";
    private static final String REFUSAL =
            "Re-Inspection Fee Program: only the administrator records a Reinspection Fee Adjustment Schedule adopted by the board";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** One line: rates {@code rateFrom} to {@code rateTo} (null: and over), the adjustment at {@code rateFrom} and per point above. */
    public record Band(
            @NotNull @Min(0) @Max(100) Integer rateFrom,
            @Min(0) @Max(100) Integer rateTo,
            @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal atFrom,
            @NotNull @DecimalMin("-10") @DecimalMax("10") BigDecimal stepPerPoint,
            @Size(max = 200) String printed)
            implements java.io.Serializable {}

    /** A schedule adopted by the board, applying from {@code effectiveFrom}. */
    public record Adopt(
            @NotNull LocalDate effectiveFrom,
            @NotBlank @Size(max = 200) String adoptedBy,
            @NotEmpty @Size(max = 101) List<@Valid @NotNull Band> bands)
            implements java.io.Serializable {}

    public record ScheduleView(LocalDate effectiveFrom, String adoptedBy, String standing, List<BandView> bands)
            implements java.io.Serializable {}

    public record BandView(String range, BigDecimal atFrom, BigDecimal stepPerPoint, String printed)
            implements java.io.Serializable {}

    /** Every schedule, newest first, with its standing today: in force, superseded or future. */
    public List<ScheduleView> schedules() {
        List<ScheduleLine> lines = em.createQuery(
                        "select l from ScheduleLine l order by l.effectiveFrom, l.id", ScheduleLine.class)
                .getResultList();
        Map<LocalDate, List<ScheduleLine>> byDay = new TreeMap<>(Comparator.reverseOrder());
        lines.forEach(l -> byDay.computeIfAbsent(l.getEffectiveFrom(), d -> new ArrayList<>())
                .add(l));
        LocalDate today = LocalDate.now(clock);
        LocalDate inForce = byDay.keySet().stream()
                .filter(d -> !d.isAfter(today))
                .findFirst()
                .orElse(null);
        List<ScheduleView> views = new ArrayList<>();
        byDay.forEach((day, rows) -> views.add(new ScheduleView(
                day,
                rows.get(0).getAdoptedBy(),
                day.isAfter(today) ? "future" : day.equals(inForce) ? "in force" : "superseded",
                rows.stream()
                        .map(ScheduleLine::band)
                        .sorted(Comparator.comparingInt(ScheduleBand::rateFrom))
                        .map(b -> new BandView(b.range(), b.atFrom(), b.stepPerPoint(), b.printed()))
                        .toList())));
        return views;
    }

    /** Records a schedule the board adopted, from a day after today; its lines must cover every rate from 0 without gap or overlap. */
    public ScheduleView adopt(Adopt command) {
        user.requireAnyRole(REFUSAL, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        if (!command.effectiveFrom().isAfter(today)) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    RULE + " no-back-dating",
                    "A schedule applies from a day after today (" + UsFormat.date(today)
                            + "): adjustments already applied keep the schedule they used");
        }
        if (!em.createQuery("select l from ScheduleLine l where l.effectiveFrom = :d", ScheduleLine.class)
                .setParameter("d", command.effectiveFrom())
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    RULE + " one-a-day",
                    "A schedule already applies from " + UsFormat.date(command.effectiveFrom()));
        }
        List<ScheduleBand> bands = new ArrayList<>();
        for (Band b : command.bands()) {
            try {
                ScheduleBand band = new ScheduleBand(b.rateFrom(), b.rateTo(), b.atFrom(), b.stepPerPoint(), "");
                bands.add(new ScheduleBand(
                        b.rateFrom(),
                        b.rateTo(),
                        b.atFrom(),
                        b.stepPerPoint(),
                        b.printed() == null || b.printed().isBlank()
                                ? band.range()
                                : b.printed().trim()));
            } catch (IllegalArgumentException e) {
                throw new RuleViolationException("bands", RULE, e.getMessage());
            }
        }
        try {
            new AdjustmentSchedule(command.effectiveFrom(), bands);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("bands", RULE, e.getMessage());
        }
        for (ScheduleBand band : bands) {
            em.persist(new ScheduleLine(
                    command.effectiveFrom(),
                    band,
                    command.adoptedBy().trim() + " (recorded by " + user.name() + ")",
                    clock.instant()));
        }
        em.flush();
        return schedules().stream()
                .filter(s -> s.effectiveFrom().equals(command.effectiveFrom()))
                .findFirst()
                .orElseThrow();
    }
}

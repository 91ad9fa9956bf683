package org.tryon.fees.schedule.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tryon.fees.schedule.domain.FeeScheduleLine;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;
import org.tryon.platform.text.UsFormat;

/**
 * The effective-dated fee schedule (108.9): which line prices a fee on a date, and its
 * keeping by the administrator. A charge uses the line in force on the date its rule names (the
 * issue date for a permit fee, the inspection day for an inspection's charge, the quarter's last day
 * for the F.3 special fee); a line of the permit's own trade goes before a line for every trade. A
 * new rate is a new line from a later day: a line in force or past is never changed nor withdrawn,
 * so a change of rates never alters an old charge.
 */
@ApplicationScoped
@Transactional
public class FeeSchedules {

    static final String RULE = "108.9 fee-schedule";
    private static final String REFUSAL = "108.9: only the administrator keeps the fee schedule";

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** A new line of the schedule; amounts left out are zero. */
    public record NewLine(
            @NotNull ScheduledFee fee,
            Trade trade,
            @NotNull LocalDate effectiveFrom,

            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
            BigDecimal base,

            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
            BigDecimal perThousand,

            @DecimalMin("0.00") @Digits(integer = 13, fraction = 2)
            BigDecimal perHour,

            @DecimalMin("0.00") @DecimalMax("24.00") @Digits(integer = 2, fraction = 2)
            BigDecimal minimumHours,

            @Size(max = 300) String note)
            implements java.io.Serializable {}

    /**
     * A line as shown: {@code standing} is "in force", "superseded", "future" or "withdrawn" as of today.
     */
    public record LineView(
            long id,
            String fee,
            String feeLabel,
            String section,
            String trade,
            LocalDate effectiveFrom,
            BigDecimal base,
            BigDecimal perThousand,
            BigDecimal perHour,
            BigDecimal minimumHours,
            String formula,
            String note,
            Instant enteredAt,
            String enteredBy,
            Instant withdrawnAt,
            String withdrawnBy,
            String standing)
            implements java.io.Serializable {}

    /** A price with the line that gave it and the arithmetic. */
    public record Priced(Money amount, FeeScheduleLine line, String explanation) implements java.io.Serializable {}

    /** The line pricing {@code fee} for {@code trade} work on {@code on}: the trade's own line if one is in force, else the line for every trade. */
    public Optional<FeeScheduleLine> lineInForce(ScheduledFee fee, Trade trade, LocalDate on) {
        return em.createQuery(
                        "select l from FeeScheduleLine l where l.fee = :f and (l.trade = :t or l.trade is null) "
                                + "and l.effectiveFrom <= :on and l.withdrawnAt is null "
                                + "order by case when l.trade is null then 1 else 0 end, l.effectiveFrom desc, l.id desc",
                        FeeScheduleLine.class)
                .setParameter("f", fee)
                .setParameter("t", trade)
                .setParameter("on", on)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Prices {@code fee} by the line in force on {@code on}; refuses when no line prices it. */
    public Priced price(ScheduledFee fee, Trade trade, Money constructionValue, BigDecimal hours, LocalDate on) {
        FeeScheduleLine line = lineInForce(fee, trade, on)
                .orElseThrow(() -> new RuleViolationException(
                        "fee",
                        RULE,
                        "No line of the fee schedule prices " + fee.label()
                                + (trade == null ? "" : " for " + trade.label() + " work") + " on "
                                + UsFormat.date(on)));
        Money amount = line.price(constructionValue, hours);
        StringBuilder why = new StringBuilder(line.formula());
        if (line.getPerThousand().isPositive() && constructionValue != null) {
            why.append(" on $").append(constructionValue.amount().toPlainString());
        }
        if (line.getPerHour().isPositive()) {
            why.append("; ")
                    .append(line.billedHours(hours).stripTrailingZeros().toPlainString())
                    .append(" h billed");
        }
        why.append(" (schedule from ")
                .append(UsFormat.words(line.getEffectiveFrom()))
                .append(')');
        return new Priced(amount, line, why.toString());
    }

    public List<LineView> lines(ScheduledFee only) {
        List<FeeScheduleLine> all = em.createQuery(
                        "select l from FeeScheduleLine l order by l.fee, l.trade, l.effectiveFrom desc, l.id desc",
                        FeeScheduleLine.class)
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> inForce = new HashMap<>();
        all.stream()
                .filter(l -> !l.isWithdrawn() && !l.getEffectiveFrom().isAfter(today))
                .sorted(Comparator.comparing(FeeScheduleLine::getEffectiveFrom).thenComparing(FeeScheduleLine::getId))
                .forEach(l -> inForce.put(l.getFee() + "/" + l.getTrade(), l.getId()));
        return all.stream()
                .filter(l -> only == null || l.getFee() == only)
                .map(l -> {
                    String standing = l.isWithdrawn()
                            ? "withdrawn"
                            : l.getEffectiveFrom().isAfter(today)
                                    ? "future"
                                    : Objects.equals(inForce.get(l.getFee() + "/" + l.getTrade()), l.getId())
                                            ? "in force"
                                            : "superseded";
                    return view(l, standing);
                })
                .toList();
    }

    /** Adds a line from a day after today (administrator). */
    public LineView add(NewLine command) {
        user.requireAnyRole(REFUSAL, Roles.ADMINISTRATOR);
        Inputs.valid(validator, command);
        LocalDate today = LocalDate.now(clock);
        if (!command.effectiveFrom().isAfter(today)) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    RULE + " no-back-dating",
                    "A new rate takes effect after today (" + UsFormat.date(today)
                            + "): charges already priced keep the rate in force on their date");
        }
        if (command.trade() != null && !command.fee().byTrade()) {
            throw new RuleViolationException(
                    "trade", RULE, command.fee().label() + " is priced alike for every trade; leave the trade out");
        }
        boolean taken = em.createQuery(
                        "select l from FeeScheduleLine l where l.fee = :f and l.effectiveFrom = :d and l.withdrawnAt is null",
                        FeeScheduleLine.class)
                .setParameter("f", command.fee())
                .setParameter("d", command.effectiveFrom())
                .getResultStream()
                .anyMatch(l -> l.getTrade() == command.trade());
        if (taken) {
            throw new RuleViolationException(
                    "effectiveFrom",
                    RULE + " one-line-a-day",
                    "A line of " + command.fee().label()
                            + (command.trade() == null
                                    ? ""
                                    : " for " + command.trade().label()) + " already takes effect on "
                            + UsFormat.date(command.effectiveFrom())
                            + "; withdraw it first");
        }
        FeeScheduleLine line = new FeeScheduleLine(
                command.fee(),
                command.trade(),
                command.effectiveFrom(),
                money(command.base()),
                money(command.perThousand()),
                money(command.perHour()),
                command.minimumHours() == null ? BigDecimal.ZERO : command.minimumHours(),
                command.note(),
                clock.instant(),
                user.name());
        em.persist(line);
        return view(line, "future");
    }

    /** Withdraws a line not yet in force (administrator). */
    public LineView withdraw(long id) {
        user.requireAnyRole(REFUSAL, Roles.ADMINISTRATOR);
        FeeScheduleLine line = em.find(FeeScheduleLine.class, id);
        if (line == null) {
            throw new RecordNotFoundException("fee schedule line", id);
        }
        if (line.isWithdrawn()) {
            throw new RuleViolationException("id", RULE, "Line " + id + " was already withdrawn");
        }
        if (!line.getEffectiveFrom().isAfter(LocalDate.now(clock))) {
            throw new RuleViolationException(
                    "id",
                    RULE + " no-back-dating",
                    "Line " + id + " is in force since " + UsFormat.date(line.getEffectiveFrom())
                            + "; it priced charges and stays; add a new line from a later day instead");
        }
        line.withdraw(clock.instant(), user.name());
        return view(line, "withdrawn");
    }

    private static Money money(BigDecimal amount) {
        return amount == null ? Money.ZERO : Money.of(amount);
    }

    private static LineView view(FeeScheduleLine l, String standing) {
        return new LineView(
                l.getId(),
                l.getFee().name(),
                l.getFee().label(),
                l.getFee().section(),
                l.getTrade() == null ? null : l.getTrade().name(),
                l.getEffectiveFrom(),
                l.getBase().amount(),
                l.getPerThousand().amount(),
                l.getPerHour().amount(),
                l.getMinimumHours(),
                l.formula(),
                l.getNote(),
                l.getEnteredAt(),
                l.getEnteredBy(),
                l.getWithdrawnAt(),
                l.getWithdrawnBy(),
                standing);
    }
}

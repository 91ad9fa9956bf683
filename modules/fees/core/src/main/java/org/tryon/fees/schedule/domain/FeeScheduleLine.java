package org.tryon.fees.schedule.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

/**
 * One line of the fee schedule (108.9): how {@link ScheduledFee a fee} is priced, for one
 * trade or for any, from {@code effectiveFrom} until a later line of the same fee and trade. The
 * price is {@code base + perThousand x started $1,000 of construction value + perHour x hours}, with
 * at least {@code minimumHours} hours. A line's numbers never change: a new rate is a new line, so a
 * charge keeps the rate in force on the date its rule names.
 */
@Entity
@Table(name = "fees_schedule_line")
@Audited
public class FeeScheduleLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "fee_code", nullable = false, length = 40)
    private ScheduledFee fee;

    /** Null: the line prices the fee for every trade without a line of its own. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Trade trade;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "base_amount", nullable = false)
    private BigDecimal base;

    @Column(name = "per_thousand", nullable = false)
    private BigDecimal perThousand;

    @Column(name = "per_hour", nullable = false)
    private BigDecimal perHour;

    @Column(name = "minimum_hours", nullable = false)
    private BigDecimal minimumHours;

    @Column(length = 300)
    private String note;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 60)
    private String enteredBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 60)
    private String withdrawnBy;

    @Version
    private long version;

    protected FeeScheduleLine() {}

    public FeeScheduleLine(
            ScheduledFee fee,
            Trade trade,
            LocalDate effectiveFrom,
            Money base,
            Money perThousand,
            Money perHour,
            BigDecimal minimumHours,
            String note,
            Instant enteredAt,
            String enteredBy) {
        this.fee = fee;
        this.trade = trade;
        this.effectiveFrom = effectiveFrom;
        this.base = base.amount();
        this.perThousand = perThousand.amount();
        this.perHour = perHour.amount();
        this.minimumHours = minimumHours;
        this.note = note == null || note.isBlank() ? null : note.trim();
        this.enteredAt = enteredAt;
        this.enteredBy = enteredBy;
    }

    /**
     * The price of one charge: the base, plus the rate per started $1,000 of {@code constructionValue},
     * plus the hourly rate for {@code hours} (at least the line's minimum hours).
     */
    public Money price(Money constructionValue, BigDecimal hours) {
        BigDecimal thousands = constructionValue == null
                ? BigDecimal.ZERO
                : constructionValue.amount().divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING);
        BigDecimal billedHours = (hours == null ? BigDecimal.ZERO : hours).max(minimumHours);
        BigDecimal total = base.add(perThousand.multiply(thousands)).add(perHour.multiply(billedHours));
        return Money.of(total.setScale(2, RoundingMode.HALF_UP));
    }

    /** The hours a charge of {@code hours} is billed for (at least the minimum). */
    public BigDecimal billedHours(BigDecimal hours) {
        return (hours == null ? BigDecimal.ZERO : hours).max(minimumHours);
    }

    /** How the line prices, in words, for a posting's description and the schedule screen. */
    public String formula() {
        StringBuilder f = new StringBuilder();
        if (base.signum() != 0) {
            f.append('$').append(base.toPlainString());
        }
        if (perThousand.signum() != 0) {
            f.append(f.isEmpty() ? "" : " + ")
                    .append('$')
                    .append(perThousand.toPlainString())
                    .append(" per started $1,000");
        }
        if (perHour.signum() != 0) {
            f.append(f.isEmpty() ? "" : " + ")
                    .append('$')
                    .append(perHour.toPlainString())
                    .append(" per hour");
            if (minimumHours.signum() != 0) {
                f.append(" (at least ")
                        .append(minimumHours.stripTrailingZeros().toPlainString())
                        .append(" h)");
            }
        }
        return f.isEmpty() ? "$0.00" : f.toString();
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    public void withdraw(Instant at, String by) {
        this.withdrawnAt = at;
        this.withdrawnBy = by;
    }

    public Long getId() {
        return id;
    }

    public ScheduledFee getFee() {
        return fee;
    }

    public Trade getTrade() {
        return trade;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Money getBase() {
        return Money.of(base);
    }

    public Money getPerThousand() {
        return Money.of(perThousand);
    }

    public Money getPerHour() {
        return Money.of(perHour);
    }

    public BigDecimal getMinimumHours() {
        return minimumHours;
    }

    public String getNote() {
        return note;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}

package org.tryon.fees.schedule.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;

class FeeScheduleLineTest {

    private final FeeScheduleLine building = new FeeScheduleLine(
            ScheduledFee.PERMIT_FEE,
            Trade.BUILDING,
            LocalDate.of(2000, 1, 1),
            Money.of(100),
            Money.of(4),
            Money.ZERO,
            BigDecimal.ZERO,
            null,
            Instant.EPOCH,
            "system");
    private final FeeScheduleLine hourly = new FeeScheduleLine(
            ScheduledFee.HIFR_HOURLY,
            null,
            LocalDate.of(2000, 1, 1),
            Money.ZERO,
            Money.ZERO,
            Money.of(75),
            new BigDecimal("1.00"),
            null,
            Instant.EPOCH,
            "system");

    @Test
    @DisplayName("108.9: base fee plus a rate per started $1,000 of construction value")
    void feeGrowsPerStartedThousand() {
        assertThat(building.price(Money.ZERO, null)).isEqualTo(Money.of(100));
        assertThat(building.price(Money.of("0.01"), null)).isEqualTo(Money.of(104));
        assertThat(building.price(Money.of(1000), null)).isEqualTo(Money.of(104));
        assertThat(building.price(Money.of("1000.01"), null)).isEqualTo(Money.of(108));
        assertThat(building.price(Money.of(385000), null)).isEqualTo(Money.of(1640));
        assertThat(building.formula()).isEqualTo("$100.00 + $4.00 per started $1,000");
    }

    @Test
    @DisplayName("108.10 F.2.1, F.2.2.2: by the hour, at least the line's minimum hours")
    void hourlyChargeHasAMinimum() {
        assertThat(hourly.price(null, null)).isEqualTo(Money.of(75));
        assertThat(hourly.price(null, new BigDecimal("0.5"))).isEqualTo(Money.of(75));
        assertThat(hourly.price(null, new BigDecimal("2.5"))).isEqualTo(Money.of("187.50"));
        assertThat(hourly.formula()).isEqualTo("$75.00 per hour (at least 1 h)");
    }

    @Test
    @DisplayName("ledger: a charge debits the customer and credits revenue; the lines sum to zero; it names its permit")
    void aChargeBalances() {
        Account customer = Account.forHolder(
                org.tryon.platform.kernel.PermitHolder.contractor(7, "Queen City Builders"), Instant.EPOCH);
        Account revenue = Account.revenue("PERMIT_FEE", Instant.EPOCH);
        Posting p = Posting.charge(
                        customer,
                        revenue,
                        Money.of(1640),
                        "PERMIT_FEE",
                        "Permit fee",
                        "permit",
                        "1",
                        LocalDate.of(2026, 11, 23),
                        Instant.EPOCH,
                        "system")
                .aboutPermit(1L);
        assertThat(p.getLines()).extracting(l -> l.getAmount()).containsExactly(Money.of(1640), Money.of(-1640));
        assertThat(p.total()).isEqualTo(Money.ZERO);
        assertThat(p.getPermitId()).isEqualTo(1L);
        assertThat(customer.getCode()).isEqualTo("CONTRACTOR-7");
        assertThatThrownBy(() -> Posting.charge(
                        customer,
                        revenue,
                        Money.ZERO,
                        "PERMIT_FEE",
                        "x",
                        "permit",
                        "2",
                        LocalDate.EPOCH,
                        Instant.EPOCH,
                        "system"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

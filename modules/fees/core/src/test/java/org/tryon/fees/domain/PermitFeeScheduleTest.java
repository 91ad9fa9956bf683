package org.tryon.fees.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.money.Money;

class PermitFeeScheduleTest {

    private final PermitFeeSchedule building = new PermitFeeSchedule(Money.of(100), Money.of(4));

    @Test
    @DisplayName("108.9: base fee plus a rate per started $1,000 of construction value")
    void feeGrowsPerStartedThousand() {
        assertThat(building.feeFor(Money.ZERO)).isEqualTo(Money.of(100));
        assertThat(building.feeFor(Money.of("0.01"))).isEqualTo(Money.of(104));
        assertThat(building.feeFor(Money.of(1000))).isEqualTo(Money.of(104));
        assertThat(building.feeFor(Money.of("1000.01"))).isEqualTo(Money.of(108));
        assertThat(building.feeFor(Money.of(385000))).isEqualTo(Money.of(1640));
    }

    @Test
    @DisplayName("ledger: a charge debits the customer and credits revenue; the lines sum to zero")
    void aChargeBalances() {
        Account customer = Account.forHolder(org.tryon.permitting.api.PermitHolder.contractor(7, "Queen City Builders"), Instant.EPOCH);
        Account revenue = Account.revenue("PERMIT_FEE", Instant.EPOCH);
        Posting p = Posting.charge(customer, revenue, Money.of(1640), "PERMIT_FEE", "Permit fee", "permit", "1", LocalDate.of(2026, 11, 23),
                Instant.EPOCH, "system");
        assertThat(p.getLines()).extracting(l -> l.getAmount()).containsExactly(Money.of(1640), Money.of(-1640));
        assertThat(p.total()).isEqualTo(Money.ZERO);
        assertThat(customer.getCode()).isEqualTo("CONTRACTOR-7");
        assertThatThrownBy(() -> Posting.charge(customer, revenue, Money.ZERO, "PERMIT_FEE", "x", "permit", "2", LocalDate.EPOCH,
                Instant.EPOCH, "system")).isInstanceOf(IllegalArgumentException.class);
    }
}

package org.tryon.platform.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void keepsCentsExactlyWhereDoubleWouldNot() {
        Money sum = Money.ZERO;
        for (int i = 0; i < 10; i++) {
            sum = sum.plus(Money.of("0.10"));
        }
        assertThat(sum).isEqualTo(Money.of("1.00"));
        assertThat(sum.amount().scale()).isEqualTo(2);
    }

    @Test
    void refusesFractionsOfACentInsteadOfRoundingSilently() {
        assertThatThrownBy(() -> Money.of("10.005"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most two decimals");
        assertThat(Money.of("10.500")).isEqualTo(Money.of("10.50"));
    }

    @Test
    @DisplayName("Re-Inspection Fee Program: a 19 % credit on a $1,234.56 permit fee rounds as the rule says")
    void percentRoundsWithTheRuleSRoundingMode() {
        Money fee = Money.of("1234.56");
        assertThat(fee.percent(new BigDecimal("-19"), RoundingMode.HALF_UP)).isEqualTo(Money.of("-234.57"));
        assertThat(fee.percent(new BigDecimal("-19"), RoundingMode.DOWN)).isEqualTo(Money.of("-234.56"));
        assertThat(fee.percent(new BigDecimal("50"), RoundingMode.HALF_UP)).isEqualTo(Money.of("617.28"));
    }

    @Test
    void comparesByValueNotScale() {
        assertThat(Money.of(25)).isEqualTo(Money.of("25.00"));
        assertThat(Money.of("25.01").isGreaterThan(Money.of(25))).isTrue();
        assertThat(Money.of(90).min(Money.of("89.99"))).isEqualTo(Money.of("89.99"));
        assertThat(Money.of(-5).max(Money.ZERO)).isEqualTo(Money.ZERO);
        assertThat(Money.of(3).times(30)).isEqualTo(Money.of(90));
        assertThat(Money.of("-12.30").toString()).isEqualTo("-$12.30");
    }
}

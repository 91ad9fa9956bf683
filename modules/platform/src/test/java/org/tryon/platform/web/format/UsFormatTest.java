package org.tryon.platform.web.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.text.UsFormat;

class UsFormatTest {

    private final UsDateConverter dates = new UsDateConverter();

    @Test
    @DisplayName("A day is typed as MM/DD/YYYY, M/D/YYYY or ISO yyyy-mm-dd and shown as MM/DD/YYYY")
    void readsUsAndIsoDays() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        assertThat(UsDateConverter.parse("12/08/2026", "Date")).isEqualTo(day);
        assertThat(UsDateConverter.parse("12/8/2026", "Date")).isEqualTo(day);
        assertThat(UsDateConverter.parse(" 2026-12-08 ", "Date")).isEqualTo(day);
        assertThat(UsDateConverter.parse("3/7/2027", "Date")).isEqualTo(LocalDate.of(2027, 3, 7));
        assertThat(UsDateConverter.parse("", "Date")).isNull();
        assertThat(dates.getAsString(null, null, LocalDate.of(2027, 3, 7))).isEqualTo("03/07/2027");
    }

    @Test
    @DisplayName("A text that is no day is refused once, naming the field in plain words and the expected form")
    void badDayNamesTheField() {
        assertThatThrownBy(() -> UsDateConverter.parse("12/08", "Inspection date"))
                .isInstanceOf(ConverterException.class)
                .satisfies(e -> {
                    var message = ((ConverterException) e).getFacesMessage();
                    assertThat(message.getSummary())
                            .isEqualTo("Inspection date: enter a date as MM/DD/YYYY, e.g. 12/08/2026");
                    assertThat(message.getDetail()).isEmpty();
                });
        // without a label, the field's id in words
        assertThatThrownBy(() -> UsDateConverter.parse("tomorrow", UsFormat.fieldLabel("inspectedOn")))
                .hasMessageContaining("Inspected on: enter a date as MM/DD/YYYY");
        assertThatThrownBy(() -> UsDateConverter.parse("13/01/2026", "Date")).isInstanceOf(ConverterException.class);
        assertThatThrownBy(() -> UsDateConverter.parse("2026-12-08T10:00", "Date"))
                .isInstanceOf(ConverterException.class);
    }

    @Test
    @DisplayName("February 29 is refused on a common year (2027) and taken on a leap year (2028)")
    void february29() {
        assertThatThrownBy(() -> UsDateConverter.parse("02/29/2027", "Effective from"))
                .hasMessageContaining("Effective from: enter a date as MM/DD/YYYY");
        assertThatThrownBy(() -> UsDateConverter.parse("2027-02-29", "Date")).isInstanceOf(ConverterException.class);
        assertThat(UsDateConverter.parse("2/29/2028", "Date")).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    @DisplayName("A time of day and a local date-time in words are on the 12-hour clock: a session at 9:00 AM, 3:00 PM")
    void timesOfDayInWords() {
        assertThat(UsFormat.words(java.time.LocalTime.of(9, 0))).isEqualTo("9:00 AM");
        assertThat(UsFormat.words(java.time.LocalTime.of(15, 30))).isEqualTo("3:30 PM");
        assertThat(UsFormat.words(LocalDateTime.of(2027, 1, 12, 15, 0))).isEqualTo("01/12/2027 3:00 PM");
    }

    @Test
    @DisplayName("An instant is shown on a 12-hour clock in New York time, never as UTC")
    void instantsInCountyTime() {
        assertThat(UsFormat.dateTime(Instant.parse("2026-12-07T00:27:14.20Z"))).isEqualTo("12/06/2026 7:27 PM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-07-01T16:05:00Z"))).isEqualTo("07/01/2026 12:05 PM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-07-01T04:05:00Z"))).isEqualTo("07/01/2026 12:05 AM");
    }

    @Test
    @DisplayName("Across daylight saving time: 03/08/2026 springs forward (EST to EDT), 11/01/2026 falls back")
    void daylightSavingTime() {
        // 2026-03-08: 06:59Z is 1:59 AM EST, 07:00Z is 3:00 AM EDT
        assertThat(UsFormat.dateTime(Instant.parse("2026-03-08T06:59:00Z"))).isEqualTo("03/08/2026 1:59 AM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-03-08T07:00:00Z"))).isEqualTo("03/08/2026 3:00 AM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-03-08T17:30:00Z"))).isEqualTo("03/08/2026 1:30 PM");
        // 2026-11-01: 1:30 AM happens twice (EDT at 05:30Z, EST at 06:30Z); afternoon is EST (UTC-5)
        assertThat(UsFormat.dateTime(Instant.parse("2026-11-01T05:30:00Z"))).isEqualTo("11/01/2026 1:30 AM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-11-01T06:30:00Z"))).isEqualTo("11/01/2026 1:30 AM");
        assertThat(UsFormat.dateTime(Instant.parse("2026-11-01T17:30:00Z"))).isEqualTo("11/01/2026 12:30 PM");
    }

    @Test
    @DisplayName("A local date and time is typed in 12- or 24-hour form or ISO, and shown on a 12-hour clock")
    void localDateTimes() {
        UsDateTimeConverter times = new UsDateTimeConverter();
        LocalDateTime nineThirty = LocalDateTime.of(2026, 12, 8, 9, 30);
        assertThat(UsDateTimeConverter.parse("12/08/2026 9:30 AM", "Date")).isEqualTo(nineThirty);
        assertThat(UsDateTimeConverter.parse("12/08/2026 09:30 am", "Date")).isEqualTo(nineThirty);
        assertThat(UsDateTimeConverter.parse("2026-12-08T14:30", "Date"))
                .isEqualTo(LocalDateTime.of(2026, 12, 8, 14, 30));
        assertThat(UsDateTimeConverter.parse("12/8/2026 12:00 PM", "Date"))
                .isEqualTo(LocalDateTime.of(2026, 12, 8, 12, 0));
        assertThat(UsDateTimeConverter.parse("12/8/2026 12:00 AM", "Date"))
                .isEqualTo(LocalDateTime.of(2026, 12, 8, 0, 0));
        assertThat(times.getAsString(null, null, LocalDateTime.of(2026, 12, 8, 14, 5)))
                .isEqualTo("12/08/2026 2:05 PM");
        assertThatThrownBy(() -> UsDateTimeConverter.parse("12/08/2026 13:00 PM", "Starts at"))
                .hasMessageContaining("Starts at: enter a date and time as MM/DD/YYYY h:mm AM/PM");
    }

    @Test
    @DisplayName("Money is shown with separators and two decimals: $385,000.00 beside $1,776.00")
    void money() {
        assertThat(UsFormat.money(Money.of("385000"))).isEqualTo("$385,000.00");
        assertThat(UsFormat.money(Money.of("1776.00"))).isEqualTo("$1,776.00");
        assertThat(UsFormat.money(Money.of("-12.5"))).isEqualTo("-$12.50");
        assertThat(UsFormat.money(new BigDecimal("1234567.891"))).isEqualTo("$1,234,567.89");
        assertThat(UsFormat.money(0)).isEqualTo("$0.00");
        assertThat(UsFormat.money(null)).isEmpty();
        assertThat(new MoneyOutputConverter().getAsString(null, null, Money.of("385000")))
                .isEqualTo("$385,000.00");
    }

    @Test
    @DisplayName("Codes and lists as words: ISSUED is Issued, PERMIT_FEE is Permit fee, [CENTER, SOUTH, WEST] a list")
    void words() {
        assertThat(UsFormat.code("ISSUED")).isEqualTo("Issued");
        assertThat(UsFormat.code("PERMIT_FEE")).isEqualTo("Permit fee");
        assertThat(UsFormat.code("BLD-FOOTING")).isEqualTo("BLD-FOOTING");
        assertThat(UsFormat.words(List.of(Side.CENTER, Side.SOUTH, Side.WEST))).isEqualTo("Center, South, West");
        assertThat(UsFormat.words(List.of("CENTER", "SOUTH", "WEST"))).isEqualTo("Center, South, West");
        assertThat(UsFormat.words(Trade.BUILDING)).isEqualTo(Trade.BUILDING.label());
        assertThat(UsFormat.words(LocalDate.of(2026, 12, 8))).isEqualTo("12/08/2026");
        assertThat(UsFormat.words(true)).isEqualTo("Yes");
    }

    @Test
    @DisplayName("Status families colour the chips: issued green, applied blue, failed red, expired grey")
    void statusFamilies() {
        assertThat(UsFormat.statusFamily("ISSUED")).isEqualTo("green");
        assertThat(UsFormat.statusFamily("ACTIVE")).isEqualTo("green");
        assertThat(UsFormat.statusFamily("APPLIED")).isEqualTo("blue");
        assertThat(UsFormat.statusFamily("PENDING")).isEqualTo("blue");
        assertThat(UsFormat.statusFamily("FAILED")).isEqualTo("red");
        assertThat(UsFormat.statusFamily("REVOKED")).isEqualTo("red");
        assertThat(UsFormat.statusFamily("DELINQUENT")).isEqualTo("red");
        assertThat(UsFormat.statusFamily("CLOSED")).isEqualTo("grey");
        assertThat(UsFormat.statusFamily("EXPIRED")).isEqualTo("grey");
        assertThat(UsFormat.statusFamily(null)).isEqualTo("neutral");
    }

    @Test
    @DisplayName("Field names in words for the History tab: permitNumber is Permit number")
    void fieldLabels() {
        assertThat(UsFormat.fieldLabel("permitNumber")).isEqualTo("Permit number");
        assertThat(UsFormat.fieldLabel("status")).isEqualTo("Status");
        assertThat(UsFormat.fieldLabel("zoningOkOn")).isEqualTo("Zoning ok on");
        assertThat(UsFormat.fieldLabel("address.streetName")).isEqualTo("Street name");
        assertThat(UsFormat.fieldLabel("hifrNoticeURL")).isEqualTo("Hifr notice url");
        assertThat(UsFormat.fieldLabel("ContractorFirm")).isEqualTo("Contractor firm");
    }

    @Test
    @DisplayName("Setting keys in words, the module first: fees.billing.due-days is Fees: billing, due days")
    void settingLabels() {
        assertThat(UsFormat.settingLabel("fees.billing.due-days")).isEqualTo("Fees: billing, due days");
        assertThat(UsFormat.settingLabel("fees.reinspection.small-max-permit-fee"))
                .isEqualTo("Fees: reinspection, small max permit fee");
        assertThat(UsFormat.status("IN_FORCE")).isEqualTo("In force");
        assertThat(UsFormat.words("2026-12-08")).isEqualTo("12/08/2026");
        assertThat(UsFormat.words("2026-12-07T00:27:14.20Z")).isEqualTo("12/06/2026 7:27 PM");
        assertThat(UsFormat.words("BLD-FOOTING")).isEqualTo("BLD-FOOTING");
    }

    @Test
    @DisplayName("Messages name fields in words, never by generated ids (j_idt12:amount)")
    void plainMessages() {
        assertThat(PlainMessages.plain("j_idt12:amount: Validation Error: Value is required."))
                .isEqualTo("Amount: Validation Error: Value is required.");
        assertThat(PlainMessages.plain("form:tabs:permitNumber: Validation Error"))
                .isEqualTo("Permit number: Validation Error");
        assertThat(PlainMessages.plain("Inspection date: enter a date as MM/DD/YYYY, e.g. 12/08/2026"))
                .isEqualTo("Inspection date: enter a date as MM/DD/YYYY, e.g. 12/08/2026");
        assertThat(PlainMessages.plain("Rule: Pattern")).isEqualTo("Rule: Pattern");
    }

    enum Side {
        CENTER,
        SOUTH,
        WEST
    }
}

package org.tryon.fees.schedule.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.hifr.application.HifrChargeSummary;
import org.tryon.fees.schedule.application.FeeSchedules;
import org.tryon.fees.schedule.domain.ScheduledFee;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.money.Money;
import org.tryon.platform.rest.CreatedResponses;

/** The effective-dated fee schedule (108.9) and the HIFR accounting summary of 108.10 F.4. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class FeeScheduleResource {

    @Inject
    FeeSchedules schedules;

    @Inject
    HifrChargeSummary hifr;

    @GET
    @Path("fee-schedule")
    @Operation(
            summary =
                    "The fee schedule's lines, newest first per fee and trade, each with its standing today (in force, superseded, future, "
                            + "withdrawn); of one fee with fee=")
    public List<FeeSchedules.LineView> lines(@QueryParam("fee") String fee) {
        return schedules.lines(parse(
                "fee",
                fee,
                false,
                ScheduledFee::valueOf,
                "one of " + java.util.Arrays.toString(ScheduledFee.values())));
    }

    @GET
    @Path("fee-schedule/quote")
    @Operation(
            summary =
                    "What the schedule in force on a day charges: fee, trade (for fees priced by trade), construction value, hours")
    public Map<String, Object> quote(
            @QueryParam("fee") String fee,
            @QueryParam("trade") String trade,
            @QueryParam("value") String value,
            @QueryParam("hours") String hours,
            @QueryParam("on") String on) {
        ScheduledFee scheduled = parse(
                "fee", fee, true, ScheduledFee::valueOf, "one of " + java.util.Arrays.toString(ScheduledFee.values()));
        Trade work =
                parse("trade", trade, false, Trade::valueOf, "one of " + java.util.Arrays.toString(Trade.values()));
        BigDecimal amount = parse("value", value, false, BigDecimal::new, "an amount in dollars");
        BigDecimal time = parse("hours", hours, false, BigDecimal::new, "a number of hours");
        LocalDate day = parse("on", on, true, LocalDate::parse, "a day (yyyy-mm-dd)");
        FeeSchedules.Priced priced =
                schedules.price(scheduled, work, amount == null ? null : Money.of(amount), time, day);
        return Map.of(
                "fee",
                scheduled.name(),
                "amount",
                priced.amount().amount(),
                "lineId",
                priced.line().getId(),
                "explanation",
                priced.explanation());
    }

    private static <T> T parse(
            String field,
            String text,
            boolean required,
            java.util.function.Function<String, T> parser,
            String expected) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new InvalidInputException(field, "required", field + " is required: " + expected);
            }
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, "format", "'" + text + "' is not " + expected);
        }
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "fee-schedule")
    @POST
    @Path("fee-schedule")
    @Operation(summary = "Add a line from a day after today (administrator); a line in force is never changed")
    public FeeSchedules.LineView add(FeeSchedules.NewLine line) {
        return schedules.add(line);
    }

    @POST
    @Path("fee-schedule/{id}/withdrawal")
    @Operation(summary = "Withdraw a line not yet in force (administrator)")
    public FeeSchedules.LineView withdraw(@PathParam("id") long id) {
        return schedules.withdraw(id);
    }

    @GET
    @Path("hifr-charge-summary/{accountId}")
    @Operation(
            summary =
                    "108.10 F.4: for a general contractor's account, the HIFR charges posted to MEP contractors on permits under its master "
                            + "permits, and how they affect the project's re-inspection fee calculation")
    public HifrChargeSummary.Summary hifrSummary(@PathParam("accountId") long accountId) {
        return hifr.forAccount(accountId);
    }
}

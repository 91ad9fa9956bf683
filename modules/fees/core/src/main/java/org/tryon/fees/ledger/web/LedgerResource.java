package org.tryon.fees.ledger.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.application.AccountView;
import org.tryon.fees.ledger.application.LedgerCorrections;
import org.tryon.fees.ledger.application.LedgerDocuments;
import org.tryon.fees.ledger.application.LedgerExports;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/**
 * Ledger over REST: accounts' aging, payments, refunds, statements and receipts,
 * corrections, the delinquent accounts (108.8 F.3) and the county's exports.
 */
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class LedgerResource {

    @Inject
    AccountLedger ledger;

    @Inject
    LedgerCorrections corrections;

    @Inject
    LedgerDocuments documents;

    @Inject
    LedgerExports exports;

    @Inject
    Clock clock;

    @Extension(name = CreatedResponses.EXTENSION, value = "accounts/{id}")
    @POST
    @Path("accounts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Open the account of a contractor firm (named by permitting) or of an owner, or answer the one it has")
    public AccountView open(LedgerCorrections.OpenAccount command) {
        return corrections.openAccount(command);
    }

    @GET
    @Path("accounts/{id}/aging")
    @Operation(
            summary =
                    "Unpaid charges by days past due (current, 1-30, 31-60, 61-90, over 90) and delinquency (108.8 F.3) on a day, today by default")
    public AccountLedger.AgingView aging(@PathParam("id") long id, @QueryParam("on") String on) {
        return ledger.aging(id, dayOrToday(on, "on"));
    }

    @GET
    @Path("accounts/{id}/lines")
    @Operation(
            summary =
                    "Every entry of the account with its cause, who posted it, the posting it reverses or is reversed by, and why")
    public List<AccountLedger.StatementLine> lines(@PathParam("id") long id) {
        return ledger.lines(id);
    }

    @GET
    @Path("accounts/{id}/payments")
    @Operation(
            summary =
                    "The payments received on the account, newest first, with their refunds and what is left refundable")
    public List<AccountLedger.PaymentView> payments(@PathParam("id") long id) {
        return ledger.payments(id);
    }

    @GET
    @Path("accounts/{id}/statement")
    @Operation(
            summary =
                    "The statement of the account for a period: opening balance, entries with causes, closing balance, aging")
    public AccountLedger.StatementView statement(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return ledger.statement(id, day(from, "from"), day(to, "to"));
    }

    @GET
    @Path("accounts/{id}/statement.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The statement of the account for a period, as PDF")
    public Response statementPdf(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = day(from, "from");
        LocalDate t = day(to, "to");
        return Downloads.inlinePdf(documents.statement(id, f, t), "statement-" + id + "-" + f + "-" + t + ".pdf");
    }

    @GET
    @Path("payments/{id}/receipt.pdf")
    @Produces(PdfDocumentBuilder.MEDIA_TYPE)
    @Operation(summary = "The receipt of a payment, with its refunds, as PDF")
    public Response receipt(@PathParam("id") long id) {
        return Downloads.inlinePdf(documents.receipt(id), "receipt-" + id + ".pdf");
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "ledger/accounts/{accountId}/lines")
    @POST
    @Path("payments/{id}/refunds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Refund a payment: never more than was paid on it net of earlier refunds, nor more than the account's credit; "
                            + "the same refund (method and reference) is never posted twice (permit technician, administrator)")
    public LedgerCorrections.CorrectionView refund(@PathParam("id") long id, LedgerCorrections.RecordRefund command) {
        return corrections.refund(id, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "ledger/accounts/{accountId}/lines")
    @POST
    @Path("postings/{id}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Reverse a posting, once, by a new posting with the opposite lines that names it and says why (administrator)")
    public LedgerCorrections.CorrectionView reverse(
            @PathParam("id") long id, LedgerCorrections.ReversePosting command) {
        return corrections.reverse(id, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "ledger/accounts/{accountId}/lines")
    @POST
    @Path("postings/{id}/write-off")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write off what is left unpaid of a charge, saying why (administrator)")
    public LedgerCorrections.CorrectionView writeOff(
            @PathParam("id") long id, LedgerCorrections.WriteOffCharge command) {
        return corrections.writeOff(id, command);
    }

    @GET
    @Path("delinquent-accounts")
    @Operation(
            summary =
                    "108.8 F.3: the accounts with a billed charge unpaid after its due date on a day (today by default), longest past due first")
    public List<AccountLedger.DelinquentAccountView> delinquent(@QueryParam("on") String on) {
        return ledger.delinquent(dayOrToday(on, "on"));
    }

    @GET
    @Path("exports/general-ledger")
    @Operation(
            summary =
                    "The general ledger's lines of a day: per fee code and account code, debits and credits of the postings made that day")
    public List<LedgerExports.GlLine> generalLedger(@QueryParam("date") String date) {
        return exports.generalLedger(day(date, "date"));
    }

    @GET
    @Path("exports/general-ledger.csv")
    @Produces("text/csv")
    @Operation(summary = "The general ledger's daily file as CSV")
    public Response generalLedgerCsv(@QueryParam("date") String date) {
        LocalDate d = day(date, "date");
        return csv(exports.generalLedgerCsv(d), "general-ledger-" + d + ".csv");
    }

    @GET
    @Path("exports/cash-report")
    @Operation(
            summary =
                    "The daily cash report: payments and refunds of a day (and reversals of them) with totals by method")
    public LedgerExports.CashReport cashReport(@QueryParam("date") String date) {
        return exports.cashReport(day(date, "date"));
    }

    @GET
    @Path("exports/cash-report.csv")
    @Produces("text/csv")
    @Operation(summary = "The daily cash report as CSV, one line per payment, refund or reversal of one")
    public Response cashReportCsv(@QueryParam("date") String date) {
        LocalDate d = day(date, "date");
        return csv(exports.cashReportCsv(d), "cash-report-" + d + ".csv");
    }

    @GET
    @Path("exports/revenue")
    @Operation(
            summary =
                    "Revenue by fee type for a period (from and to included): charged, taken back by corrections, net")
    public List<LedgerExports.RevenueLine> revenue(@QueryParam("from") String from, @QueryParam("to") String to) {
        return exports.revenue(day(from, "from"), day(to, "to"));
    }

    @GET
    @Path("exports/revenue.csv")
    @Produces("text/csv")
    @Operation(summary = "Revenue by fee type for a period as CSV")
    public Response revenueCsv(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = day(from, "from");
        LocalDate t = day(to, "to");
        return csv(exports.revenueCsv(f, t), "revenue-" + f + "-" + t + ".csv");
    }

    private static Response csv(String body, String filename) {
        return Downloads.csv(body, filename);
    }

    private LocalDate dayOrToday(String value, String field) {
        return value == null || value.isBlank() ? LocalDate.now(clock) : day(value, field);
    }

    static LocalDate day(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException(field, "required", "Name the day (" + field + "=2026-11-23)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolationException(field, "iso-date", "'" + value + "' is not a day like 2026-11-23");
        }
    }
}

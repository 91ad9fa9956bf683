package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.fees.module.domain.FeeSettings;
import org.tryon.permitting.api.ContractorContacts;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.money.Money;
import org.tryon.platform.pdf.Letterhead;
import org.tryon.platform.pdf.PdfDocumentBuilder;
import org.tryon.platform.settings.Settings;
import org.tryon.platform.text.UsFormat;

/**
 * Ledger: the printable documents of an account, rendered from the ledger when asked for:
 * the receipt of a payment (with its refunds) and the statement of an account for a period
 * (opening balance, entries with their causes, closing balance, aging).
 */
@ApplicationScoped
@Transactional
public class LedgerDocuments {

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    AccountLedger ledger;

    @Inject
    Letterhead letterhead;

    @Inject
    ContractorContacts contractors;

    @Inject
    Settings settings;

    /** The receipt of payment {@code paymentId}. */
    public byte[] receipt(long paymentId) {
        Posting p = em.find(Posting.class, paymentId);
        if (p == null || !"payment".equals(p.getCauseType())) {
            throw new RecordNotFoundException("payment", paymentId);
        }
        Account customer = p.getLines().stream()
                .map(l -> l.getAccount())
                .filter(a -> a.getKind() == Account.Kind.CUSTOMER)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("payment", paymentId));
        AccountLedger.PaymentView payment = ledger.payments(customer.getId()).stream()
                .filter(v -> v.postingId() == paymentId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("payment", paymentId));
        PdfDocumentBuilder doc =
                letterhead.document("Receipt").reference("RCPT-" + paymentId).dated(payment.receivedOn());
        addressee(doc, customer);
        doc.fact("Account", customer.getCode() + " (" + customer.getName() + ")")
                .fact("Received on", UsFormat.words(payment.receivedOn()))
                .fact("Amount", Money.of(payment.amount()).toString())
                .fact("Method", payment.method().toLowerCase())
                .fact("Reference", payment.reference())
                .fact("Received by", payment.postedBy())
                .fact("Ledger posting", "#" + paymentId);
        if (!payment.refunds().isEmpty()) {
            doc.fact("Refunded", Money.of(payment.refunded()).toString());
            doc.section(
                    "Refunds of this payment",
                    payment.refunds().stream()
                            .map(r -> UsFormat.words(r.refundedOn()) + ": " + Money.of(r.amount()) + " by "
                                    + r.method().toLowerCase() + ", " + r.reference() + " (" + r.reason() + ")"
                                    + (r.reversed() ? ", reversed" : ""))
                            .collect(Collectors.joining("\n")));
        }
        if (payment.reversed()) {
            doc.section(
                    "Reversed",
                    "This payment was reversed by posting #" + payment.reversedBy()
                            + " and no longer counts on the account.");
        }
        doc.section(
                "Applied",
                "The payment is applied to account " + customer.getCode()
                        + ": payments settle the oldest charges first.");
        return doc.render();
    }

    /** The statement of account {@code accountId} for {@code from} to {@code to}. */
    public byte[] statement(long accountId, LocalDate from, LocalDate to) {
        AccountLedger.StatementView s = ledger.statement(accountId, from, to);
        Account customer = em.find(Account.class, accountId);
        if (customer.getKind() != Account.Kind.CUSTOMER) {
            throw new RuleViolationException("accountId", "customer-account", "Statements are of customer accounts");
        }
        PdfDocumentBuilder doc = letterhead
                .document("Statement of account")
                .reference("STMT-" + s.code() + "-" + to)
                .dated(to);
        addressee(doc, customer);
        BigDecimal charges = s.lines().stream()
                .map(AccountLedger.StatementLine::amount)
                .filter(a -> a.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal credits = s.lines().stream()
                .map(AccountLedger.StatementLine::amount)
                .filter(a -> a.signum() < 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        AccountLedger.AgingView aging = s.aging();
        doc.fact("Account", s.code() + " (" + s.name() + ")")
                .fact("Period", UsFormat.words(s.from()) + " to " + UsFormat.words(s.to()))
                .fact("Opening balance", Money.of(s.opening()).toString())
                .fact("Charges", Money.of(charges).toString())
                .fact("Payments and credits", Money.of(credits.negate()).toString())
                .fact("Closing balance", Money.of(s.closing()).toString())
                .fact(
                        "Past due on " + UsFormat.date(to),
                        Money.of(aging.pastDue()).toString());
        List<String> lines = new ArrayList<>();
        for (AccountLedger.StatementLine l : s.lines()) {
            StringBuilder b = new StringBuilder()
                    .append(UsFormat.words(l.effectiveDate()))
                    .append("  #")
                    .append(l.postingId())
                    .append("  ")
                    .append(l.description())
                    .append(" [")
                    .append(l.causeType())
                    .append(' ')
                    .append(l.causeId())
                    .append("]  ")
                    .append(Money.of(l.amount()))
                    .append("  balance ")
                    .append(Money.of(l.balance()));
            if (l.reason() != null) {
                b.append("\n    why: ").append(l.reason());
            }
            if (l.reversedBy() != null) {
                b.append("\n    reversed by #").append(l.reversedBy());
            }
            lines.add(b.toString());
        }
        doc.section("Entries", lines.isEmpty() ? "No entries in the period." : String.join("\n", lines));
        doc.section(
                "Aging on " + UsFormat.date(to),
                "Current " + Money.of(aging.current()) + "; 1-30 days past due " + Money.of(aging.days1To30())
                        + "; 31-60 " + Money.of(aging.days31To60()) + "; 61-90 " + Money.of(aging.days61To90())
                        + "; over 90 " + Money.of(aging.over90())
                        + (aging.delinquent()
                                ? "\n\nThe account is delinquent (108.8 F.3): " + aging.delinquency()
                                        + ". No permit is issued to a delinquent applicant until it pays."
                                : ""));
        doc.section(
                "Terms",
                "Fees are due and payable " + settings.valueOn(FeeSettings.DUE_DAYS, to)
                        + " days after they are billed " + "(108.8 F.3). Payments settle the oldest charges first.");
        return doc.render();
    }

    private void addressee(PdfDocumentBuilder doc, Account customer) {
        List<String> lines = new ArrayList<>();
        if (customer.getContractorId() != null) {
            contractors
                    .pointOfContact(new ContractorId(customer.getContractorId()))
                    .ifPresent(c -> {
                        if (c.name() != null) {
                            lines.add("Attn: " + c.name());
                        }
                        if (c.email() != null) {
                            lines.add(c.email());
                        }
                    });
        }
        doc.addressee(customer.getName(), lines);
    }
}

package org.tryon.fees.ledger.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tryon.fees.ledger.domain.Account;
import org.tryon.fees.ledger.domain.Corrections;
import org.tryon.fees.ledger.domain.LedgerEntry;
import org.tryon.fees.ledger.domain.OpenCharges;
import org.tryon.fees.ledger.domain.Posting;
import org.tryon.fees.ledger.domain.PostingLine;
import org.tryon.permitting.api.ContractorContacts;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.errors.RecordNotFoundException;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.kernel.ContractorId;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.money.Money;
import org.tryon.platform.security.CurrentUser;
import org.tryon.platform.security.Roles;

/**
 * Ledger: changing what an account owes without changing a posting. Opening a customer's
 * account before its first posting, reversing a posting (once, naming it and why), writing off
 * what is left of a charge, and refunding a payment (never more than was paid on it, net of its
 * refunds; the same refund is never posted twice).
 *
 * <p>Who: the cashiers (permit technicians and the administrator) open accounts and refund
 * payments; corrections of the books (reversals and write-offs) are the administrator's.
 */
@ApplicationScoped
@Transactional
public class LedgerCorrections {

    public static final String REFUND = "REFUND";

    /** Who receives payments and gives refunds. */
    public static final Set<String> CASHIERS = Set.of(Roles.PERMIT_TECHNICIAN, Roles.ADMINISTRATOR);

    /** Who corrects the books: reversals and write-offs. */
    public static final Set<String> CORRECTORS = Set.of(Roles.ADMINISTRATOR);

    @PersistenceContext(unitName = "tryon")
    EntityManager em;

    @Inject
    Ledger ledger;

    @Inject
    Accounts accountViews;

    @Inject
    ContractorContacts contractors;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    @Inject
    CurrentUser user;

    /** Opens the account of a contractor firm (its name from permitting) or of an owner (named here). */
    public record OpenAccount(
            @NotNull PermitHolder.Kind holderKind,
            @NotNull @Positive Long holderId,
            @Size(max = 200) String name) {}

    /** Why a posting is reversed. */
    public record ReversePosting(@NotBlank @Size(max = 500) String reason) {}

    /** Why what is left of a charge is written off. */
    public record WriteOffCharge(@NotBlank @Size(max = 500) String reason) {}

    /** Money given back from a payment: how (cash, check, card) with its reference, and why. */
    public record RecordRefund(
            @NotNull @DecimalMin("0.01") @Digits(integer = 13, fraction = 2)
            BigDecimal amount,

            @NotNull RecordPayment.Method method,
            @NotBlank @Size(max = 40) String reference,
            @NotBlank @Size(max = 500) String reason) {}

    /** A correction, refund or write-off as posted. */
    public record CorrectionView(
            long postingId,
            String kind,
            long namesPostingId,
            long accountId,
            LocalDate effectiveDate,
            String postedBy,
            String description,
            BigDecimal amount,
            String reason) {}

    /**
     * Opens a customer account, or answers the one the holder has: one account per contractor firm
     * (its bonded billing account, 108.7) and per owner (108.8 C).
     */
    public AccountView openAccount(OpenAccount command) {
        user.requireAnyRole(
                "Issue 5 ledger: accounts are opened by a permit technician or the administrator",
                CASHIERS.toArray(String[]::new));
        Inputs.valid(validator, command);
        String name;
        if (command.holderKind() == PermitHolder.Kind.CONTRACTOR) {
            name = contractors
                    .pointOfContact(new ContractorId(command.holderId()))
                    .map(ContractorContacts.Contact::firmName)
                    .orElseThrow(() -> new RuleViolationException(
                            "holderId", "known-firm", "Permitting knows no contractor firm #" + command.holderId()));
        } else {
            if (command.name() == null || command.name().isBlank()) {
                throw new RuleViolationException("name", "required", "Name the owner whose account is opened");
            }
            name = command.name().trim();
        }
        Account a = ledger.customerAccount(new PermitHolder(command.holderKind(), command.holderId(), name));
        em.flush();
        return accountViews.get(a.getId());
    }

    /** Ledger: reverses a posting of a customer's account, once, by a new posting with the opposite lines. */
    public CorrectionView reverse(long postingId, ReversePosting command) {
        user.requireAnyRole(
                "Issue 5 ledger: only the administrator corrects the ledger", CORRECTORS.toArray(String[]::new));
        Inputs.valid(validator, command);
        Posting original = posting(postingId);
        Account customer = lockCustomer(original);
        List<LedgerEntry> entries = AccountLedger.entriesOf(em, List.of(customer.getId()));
        LedgerEntry entry = entry(entries, postingId);
        Map<Long, Long> reversedBy = AccountLedger.reversedBy(entries);
        boolean refundsStanding = entries.stream()
                .anyMatch(e -> e.isRefund()
                        && Long.valueOf(postingId).equals(e.refundsPostingId())
                        && !reversedBy.containsKey(e.postingId()));
        boolean writeOffStanding = entries.stream()
                .anyMatch(e -> e.isWriteOff()
                        && Long.valueOf(postingId).equals(e.writesOffPostingId())
                        && !reversedBy.containsKey(e.postingId()));
        Corrections.checkReversal(entry, reversedBy.containsKey(postingId), refundsStanding, writeOffStanding);
        Posting reversal = Posting.reversalOf(
                original, command.reason().trim(), LocalDate.now(clock), clock.instant(), user.name());
        ledger.post(reversal);
        return view(reversal, "REVERSAL", postingId, customer);
    }

    /** Ledger: writes off what is left unpaid of a charge, once (a reversed write-off may be made again). */
    public CorrectionView writeOff(long chargeId, WriteOffCharge command) {
        user.requireAnyRole(
                "Issue 5 ledger: only the administrator writes off a charge", CORRECTORS.toArray(String[]::new));
        Inputs.valid(validator, command);
        Posting charge = posting(chargeId);
        Account customer = lockCustomer(charge);
        List<LedgerEntry> entries = AccountLedger.entriesOf(em, List.of(customer.getId()));
        LedgerEntry entry = entry(entries, chargeId);
        Map<Long, Long> reversedBy = AccountLedger.reversedBy(entries);
        List<LedgerEntry> writeOffs = entries.stream()
                .filter(e -> e.isWriteOff() && Long.valueOf(chargeId).equals(e.writesOffPostingId()))
                .toList();
        boolean standing = writeOffs.stream().anyMatch(w -> !reversedBy.containsKey(w.postingId()));
        LocalDate today = LocalDate.now(clock);
        Money open = OpenCharges.of(entries, today, day -> 0).stream()
                .filter(c -> c.postingId() == chargeId)
                .map(OpenCharges.Charge::open)
                .findFirst()
                .orElse(Money.ZERO);
        Corrections.checkWriteOff(entry, standing, reversedBy.containsKey(chargeId), open);
        String cause = writeOffs.isEmpty() ? String.valueOf(chargeId) : chargeId + "/" + (writeOffs.size() + 1);
        Posting w = Posting.writeOff(
                charge,
                customer,
                ledger.revenueAccount(charge.getFeeCode()),
                open,
                cause,
                command.reason().trim(),
                today,
                clock.instant(),
                user.name());
        ledger.post(w);
        return view(w, "WRITE_OFF", chargeId, customer);
    }

    /**
     * Ledger: gives money back from a payment: never more than was paid on it net of its
     * earlier refunds, never more than the account's credit; the same refund (method and
     * reference) is never posted twice.
     */
    public CorrectionView refund(long paymentId, RecordRefund command) {
        user.requireAnyRole(
                "Issue 5 ledger: refunds are given by a permit technician or the administrator",
                CASHIERS.toArray(String[]::new));
        Inputs.valid(validator, command);
        Posting payment = posting(paymentId);
        if (!LedgerEntry.PAYMENT.equals(payment.getCauseType())) {
            throw new RuleViolationException(
                    "paymentId",
                    "names-payment",
                    "Posting #" + paymentId + " is not a payment; a refund names its payment");
        }
        Account customer = lockCustomer(payment);
        String reference = command.reference().trim().toUpperCase();
        String cause = command.method().name() + ":" + reference;
        if (ledger.posted(LedgerEntry.REFUND, cause, REFUND).isPresent()) {
            throw new RuleViolationException(
                    "reference",
                    "refund-once",
                    "Refund " + reference + " by " + command.method().name().toLowerCase()
                            + " was already posted; a refund is never posted twice");
        }
        List<LedgerEntry> entries = AccountLedger.entriesOf(em, List.of(customer.getId()));
        AccountLedger.PaymentView paid = AccountLedger.payment(
                customer.getId(), entry(entries, paymentId), entries, AccountLedger.reversedBy(entries));
        Money balance = entries.stream().map(LedgerEntry::amount).reduce(Money.ZERO, Money::plus);
        Money amount = Money.of(command.amount());
        Corrections.checkRefund(
                amount, Money.of(paid.amount()), Money.of(paid.refunded()), paid.reversed(), balance.negate());
        Posting refund = Posting.refund(
                payment,
                customer,
                ledger.cashAccount(),
                amount,
                REFUND,
                "Refund by "
                        + command.method().name().toLowerCase() + ", " + reference + ", of payment #" + paymentId + " ("
                        + paid.method().toLowerCase()
                        + ", " + paid.reference() + ")",
                cause,
                command.reason().trim(),
                LocalDate.now(clock),
                clock.instant(),
                user.name());
        ledger.post(refund);
        return view(refund, "REFUND", paymentId, customer);
    }

    private Posting posting(long id) {
        Posting p = em.find(Posting.class, id);
        if (p == null) {
            throw new RecordNotFoundException("posting", id);
        }
        return p;
    }

    /** The customer's account a posting moved, locked so that corrections of one account happen one after the other. */
    private Account lockCustomer(Posting p) {
        Account customer = p.getLines().stream()
                .map(PostingLine::getAccount)
                .filter(a -> a.getKind() == Account.Kind.CUSTOMER)
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "postingId",
                        "customer-posting",
                        "Posting #" + p.getId()
                                + " moves no customer's account; it is corrected with the posting it belongs to"));
        em.lock(customer, LockModeType.PESSIMISTIC_WRITE);
        return customer;
    }

    private static LedgerEntry entry(List<LedgerEntry> entries, long postingId) {
        return entries.stream()
                .filter(e -> e.postingId() == postingId)
                .findFirst()
                .orElseThrow(() -> new RecordNotFoundException("posting", postingId));
    }

    private static CorrectionView view(Posting p, String kind, long names, Account customer) {
        Money onCustomer = p.getLines().stream()
                .filter(l -> l.getAccount().getId().equals(customer.getId()))
                .map(PostingLine::getAmount)
                .reduce(Money.ZERO, Money::plus);
        return new CorrectionView(
                p.getId(),
                kind,
                names,
                customer.getId(),
                p.getEffectiveDate(),
                p.getPostedBy(),
                p.getDescription(),
                onCustomer.amount(),
                p.getReason());
    }
}

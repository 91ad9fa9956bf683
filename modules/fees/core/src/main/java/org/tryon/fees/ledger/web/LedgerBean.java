package org.tryon.fees.ledger.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.fees.ledger.application.AccountLedger;
import org.tryon.fees.ledger.application.Accounts;
import org.tryon.fees.ledger.application.LedgerCorrections;
import org.tryon.fees.ledger.application.RecordPayment;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.web.FacesErrors;

/**
 * Ledger on the account page: aging and delinquency, payments with their receipts and
 * refunds, statements, corrections (reversals and write-offs) with their reasons; the forms to
 * receive a payment, refund one, reverse a posting and write off a charge. After each change the
 * page is loaded again, so balance, aging and entries agree.
 */
@Named
@ViewScoped
public class LedgerBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountLedger ledger;

    @Inject
    Accounts accounts;

    @Inject
    LedgerCorrections corrections;

    @Inject
    Clock clock;

    private Long id;
    private AccountLedger.AgingView aging;
    private List<AccountLedger.PaymentView> payments;
    private List<AccountLedger.StatementLine> explained;
    private final Map<Long, String> reasons = new HashMap<>();
    private LocalDate from;
    private LocalDate to;

    private BigDecimal payAmount;
    private RecordPayment.Method payMethod;
    private String payReference;

    private Long refundPaymentId;
    private BigDecimal refundAmount;
    private RecordPayment.Method refundMethod;
    private String refundReference;
    private String refundReason;

    private Long correctPostingId;
    private String correctReason;

    @PostConstruct
    void init() {
        String param = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("id");
        try {
            id = param == null ? null : Long.valueOf(param);
        } catch (NumberFormatException e) {
            id = null;
        }
        to = LocalDate.now(clock);
        from = to.withDayOfMonth(1);
        load();
    }

    private void load() {
        if (id == null) {
            return;
        }
        try {
            AccountLedger.Overview overview = ledger.overview(id, LocalDate.now(clock));
            aging = overview.aging();
            payments = overview.payments();
            explained = overview.explained();
            reasons.clear();
            for (AccountLedger.StatementLine l : explained) {
                StringBuilder b = new StringBuilder();
                if (l.reversesPostingId() != null) {
                    b.append("reverses #").append(l.reversesPostingId()).append(": ");
                }
                if (l.writesOffPostingId() != null) {
                    b.append("writes off #").append(l.writesOffPostingId()).append(": ");
                }
                if (l.refundsPostingId() != null) {
                    b.append("refunds payment #").append(l.refundsPostingId()).append(": ");
                }
                if (l.reason() != null) {
                    b.append(l.reason());
                }
                if (l.reversedBy() != null) {
                    b.append(b.length() == 0 ? "" : "; ")
                            .append("reversed by #")
                            .append(l.reversedBy());
                }
                reasons.put(l.postingId(), b.toString());
            }
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    /**
     * The posting a form names by its number: required, and one of this account's, so that the screen of one account
     * never corrects or refunds another's by a mistyped number.
     */
    private long ownPosting(Long postingId, String field, String what) {
        if (postingId == null) {
            throw new RuleViolationException(
                    field, "required", "Type the number (#) of the " + what + " from the list");
        }
        if (!ledger.isOnAccount(id, postingId)) {
            throw new RuleViolationException(
                    field, "own-account", "#" + postingId + " is not a " + what + " of this account");
        }
        return postingId;
    }

    private String reload(String message) {
        return FacesErrors.infoAfterRedirect(message, "/fees/account?faces-redirect=true&id=" + id);
    }

    public String pay() {
        try {
            var a = accounts.recordPayment(id, new RecordPayment(payAmount, payMethod, payReference));
            return reload("Payment applied; the balance is now $" + a.balance());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public String refund() {
        try {
            var r = corrections.refund(
                    ownPosting(refundPaymentId, "paymentId", "payment"),
                    new LedgerCorrections.RecordRefund(refundAmount, refundMethod, refundReference, refundReason));
            return reload("Refund #" + r.postingId() + " of payment #" + r.namesPostingId() + " posted");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public String reverse() {
        try {
            var r = corrections.reverse(
                    ownPosting(correctPostingId, "postingId", "posting"),
                    new LedgerCorrections.ReversePosting(correctReason));
            return reload("Posting #" + r.namesPostingId() + " reversed by #" + r.postingId());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public String writeOff() {
        try {
            var r = corrections.writeOff(
                    ownPosting(correctPostingId, "postingId", "posting"),
                    new LedgerCorrections.WriteOffCharge(correctReason));
            return reload("Charge #" + r.namesPostingId() + " written off by #" + r.postingId());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    /** Why an entry was posted, for a correction, refund or write-off; blank otherwise. */
    public String reasonOf(long postingId) {
        return reasons.getOrDefault(postingId, "");
    }

    public boolean isCorrector() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return LedgerCorrections.CORRECTORS.stream().anyMatch(external::isUserInRole);
    }

    public boolean isCashier() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return LedgerCorrections.CASHIERS.stream().anyMatch(external::isUserInRole);
    }

    public RecordPayment.Method[] getMethods() {
        return RecordPayment.Method.values();
    }

    public Long getId() {
        return id;
    }

    public AccountLedger.AgingView getAging() {
        return aging;
    }

    public List<AccountLedger.AgingView> getAgingRows() {
        return aging == null ? List.of() : List.of(aging);
    }

    public List<AccountLedger.PaymentView> getPayments() {
        return payments;
    }

    public List<AccountLedger.StatementLine> getCorrections() {
        return explained == null
                ? List.of()
                : explained.stream()
                        .filter(l -> l.reason() != null || l.reversedBy() != null)
                        .toList();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public BigDecimal getPayAmount() {
        return payAmount;
    }

    public void setPayAmount(BigDecimal payAmount) {
        this.payAmount = payAmount;
    }

    public RecordPayment.Method getPayMethod() {
        return payMethod;
    }

    public void setPayMethod(RecordPayment.Method payMethod) {
        this.payMethod = payMethod;
    }

    public String getPayReference() {
        return payReference;
    }

    public void setPayReference(String payReference) {
        this.payReference = payReference;
    }

    public Long getRefundPaymentId() {
        return refundPaymentId;
    }

    public void setRefundPaymentId(Long refundPaymentId) {
        this.refundPaymentId = refundPaymentId;
    }

    public BigDecimal getRefundAmount() {
        return refundAmount;
    }

    public void setRefundAmount(BigDecimal refundAmount) {
        this.refundAmount = refundAmount;
    }

    public RecordPayment.Method getRefundMethod() {
        return refundMethod;
    }

    public void setRefundMethod(RecordPayment.Method refundMethod) {
        this.refundMethod = refundMethod;
    }

    public String getRefundReference() {
        return refundReference;
    }

    public void setRefundReference(String refundReference) {
        this.refundReference = refundReference;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    public Long getCorrectPostingId() {
        return correctPostingId;
    }

    public void setCorrectPostingId(Long correctPostingId) {
        this.correctPostingId = correctPostingId;
    }

    public String getCorrectReason() {
        return correctReason;
    }

    public void setCorrectReason(String correctReason) {
        this.correctReason = correctReason;
    }
}

package org.tryon.fees.hifr.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.fees.hifr.application.HifrChargeSummary;
import org.tryon.platform.web.FacesErrors;

/** 108.10 F.4: the general contractor's accounting summary of HIFR charges under its master permits. */
@Named
@ViewScoped
public class HifrSummaryBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HifrChargeSummary hifr;

    private Long accountId;
    private HifrChargeSummary.Summary summary;

    public void load() {
        if (accountId == null) {
            return;
        }
        try {
            summary = hifr.forAccount(accountId);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public Long getAccountId() {
        return accountId;
    }

    public void setAccountId(Long accountId) {
        this.accountId = accountId;
    }

    public HifrChargeSummary.Summary getSummary() {
        return summary;
    }
}

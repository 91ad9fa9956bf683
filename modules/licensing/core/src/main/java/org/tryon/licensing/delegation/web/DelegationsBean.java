package org.tryon.licensing.delegation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tryon.licensing.delegation.application.DelegationViews;
import org.tryon.licensing.delegation.application.DelegationViews.DelegationView;
import org.tryon.licensing.delegation.application.Delegations;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.text.UsFormat;
import org.tryon.platform.web.FacesErrors;

/** Delegations of exam administration (107.1.5 C): the list, a new delegation, ending one. */
@Named
@ViewScoped
public class DelegationsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Delegations delegations;

    @Inject
    Licensing licensing;

    private String delegate;
    private String certificateType;
    private String validFrom;
    private String validUntil;
    private String decidedBy = "BDC";
    private String reference;
    private String reason;
    private List<DelegationView> list;
    private final Map<Long, String> lastDays = new HashMap<>();
    private final Map<Long, String> endReasons = new HashMap<>();

    public void record() {
        try {
            DelegationView d = delegations.record(new DelegationViews.RecordDelegation(
                    delegate, certificateType, validFrom, validUntil, decidedBy, reference, reason));
            FacesErrors.info(
                    d.certificateType() + " delegated to " + d.delegate() + " from " + UsFormat.date(d.validFrom()));
            delegate = null;
            certificateType = null;
            validFrom = null;
            validUntil = null;
            reference = null;
            reason = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void end(long id) {
        try {
            DelegationView d =
                    delegations.end(id, new DelegationViews.EndDelegation(lastDays.get(id), endReasons.get(id)));
            FacesErrors.info("Delegation " + d.id() + " ends after " + UsFormat.date(d.validUntil()));
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<DelegationView> getList() {
        if (list == null) {
            list = delegations.list(null);
        }
        return list;
    }

    public List<CertificateTypeView> getTypes() {
        return licensing.certificateTypes();
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String v) {
        this.delegate = v;
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String v) {
        this.certificateType = v;
    }

    public String getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(String v) {
        this.validFrom = v;
    }

    public String getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(String v) {
        this.validUntil = v;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String v) {
        this.decidedBy = v;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String v) {
        this.reference = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        this.reason = v;
    }

    public Map<Long, String> getLastDays() {
        return lastDays;
    }

    public Map<Long, String> getEndReasons() {
        return endReasons;
    }
}

package org.tryon.fees.ledger.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.tryon.fees.ledger.application.LedgerCorrections;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.web.FacesErrors;

/**
 * Ledger: opening a customer's account before its first posting (a contractor firm's bonded
 * billing account, 108.7, or an owner's, 108.8 C); an account that exists is answered as it is.
 */
@Named
@RequestScoped
public class OpenAccountBean {

    @Inject
    LedgerCorrections corrections;

    private PermitHolder.Kind holderKind;
    private Long holderId;
    private String name;

    public String open() {
        try {
            var a = corrections.openAccount(new LedgerCorrections.OpenAccount(holderKind, holderId, name));
            return FacesErrors.infoAfterRedirect(
                    "Account " + a.code() + " (" + a.name() + ")", "/fees/account?faces-redirect=true&id=" + a.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
            return null;
        }
    }

    public PermitHolder.Kind[] getKinds() {
        return PermitHolder.Kind.values();
    }

    public PermitHolder.Kind getHolderKind() {
        return holderKind;
    }

    public void setHolderKind(PermitHolder.Kind holderKind) {
        this.holderKind = holderKind;
    }

    public Long getHolderId() {
        return holderId;
    }

    public void setHolderId(Long holderId) {
        this.holderId = holderId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}

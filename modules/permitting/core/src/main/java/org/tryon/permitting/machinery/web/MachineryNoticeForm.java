package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tryon.permitting.machinery.application.IssueExceptionNotice;
import org.tryon.permitting.machinery.application.MachineryExceptionNotices;

/**
 * 108.10 G.1: the form issuing the notice of exceptions to its addressee, bound to {@link IssueExceptionNotice}.
 */
@Named
@ViewScoped
public class MachineryNoticeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private String addresseeName;
    private String addresseeAddress;

    @Inject
    MachineryExceptionNotices notices;

    public void issueNotice() {
        page.act(
                () -> notices.issue(
                        page.getTargetPermitId(), new IssueExceptionNotice(addresseeName, addresseeAddress)),
                "Notice of exceptions issued",
                () -> {});
    }

    public String getAddresseeName() {
        return addresseeName;
    }

    public void setAddresseeName(String v) {
        addresseeName = v;
    }

    public String getAddresseeAddress() {
        return addresseeAddress;
    }

    public void setAddresseeAddress(String v) {
        addresseeAddress = v;
    }
}

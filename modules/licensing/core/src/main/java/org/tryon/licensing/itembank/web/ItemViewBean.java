package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.tryon.licensing.itembank.application.ApproveVersion;
import org.tryon.licensing.itembank.application.ItemBank;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.VersionView;
import org.tryon.platform.web.FacesErrors;

/** An item: its versions (newest first) and the review actions. Opening the page is a view of the item, logged. */
@Named
@ViewScoped
public class ItemViewBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemBank bank;

    private Long id;
    private ItemDetail item;
    private String decisionReference;
    private LocalDate decisionDate;

    public void load() {
        if (id == null || item != null) {
            return;
        }
        try {
            item = bank.view(id);
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void approve(int number) {
        try {
            item = bank.approve(id, number, new ApproveVersion(decisionReference, decisionDate));
            FacesErrors.info("Version " + number + " approved by " + decisionReference);
            decisionReference = null;
            decisionDate = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void activate(int number) {
        try {
            item = bank.activate(id, number);
            FacesErrors.info("Version " + number + " is active");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public void retire(int number) {
        try {
            item = bank.retire(id, number);
            FacesErrors.info("Version " + number + " retired");
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public VersionView getLatest() {
        return item == null || item.versions().isEmpty()
                ? null
                : item.versions().get(0);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ItemDetail getItem() {
        return item;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public LocalDate getDecisionDate() {
        return decisionDate;
    }

    public void setDecisionDate(LocalDate decisionDate) {
        this.decisionDate = decisionDate;
    }
}

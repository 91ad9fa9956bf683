package org.tryon.permitting.machinery.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.tryon.permitting.machinery.application.DeclaredItem;
import org.tryon.permitting.machinery.application.MachineryDeterminations;
import org.tryon.permitting.machinery.application.RecordDeclaration;
import org.tryon.permitting.machinery.domain.SignerCapacity;

/**
 * 108.10 G.1: the form of the owner's signed declaration of the industrial machinery list, bound to
 * {@link RecordDeclaration} (its items drafted one by one as {@link DeclaredItem}s). The fields are
 * kept when the use case refuses them; the items are cleared once the declaration is recorded.
 */
@Named
@ViewScoped
public class MachineryDeclarationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MachineryBean page;

    private String ownerName;
    private String ownerAddress;
    private String product;
    private String processDescription;
    private String signerName;
    private String signerTitle;
    private SignerCapacity signerCapacity;
    private LocalDate signedOn;
    private String itemDescription;
    private String itemSize;
    private Integer itemWeight;
    private String itemBuilding;
    private String itemSpace;
    private String itemStep;
    private Long replacesItemId;

    private final List<DeclaredItem> draftItems = new ArrayList<>();

    @Inject
    MachineryDeterminations determinations;

    public void addDraftItem() {
        draftItems.add(new DeclaredItem(
                itemDescription, itemSize, itemWeight, itemBuilding, itemSpace, itemStep, replacesItemId));
        itemDescription = null;
        itemSize = null;
        itemWeight = null;
        itemSpace = null;
        itemStep = null;
        replacesItemId = null;
    }

    public void removeDraftItem(int index) {
        draftItems.remove(index);
    }

    public void declare() {
        page.act(
                () -> determinations.declare(
                        page.getTargetPermitId(),
                        new RecordDeclaration(
                                ownerName,
                                ownerAddress,
                                product,
                                processDescription,
                                signerName,
                                signerTitle,
                                signerCapacity,
                                signedOn,
                                List.copyOf(draftItems))),
                "Declaration recorded",
                draftItems::clear);
    }

    public List<DeclaredItem> getDraftItems() {
        return draftItems;
    }

    public SignerCapacity[] getSignerCapacities() {
        return SignerCapacity.values();
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String v) {
        ownerName = v;
    }

    public String getOwnerAddress() {
        return ownerAddress;
    }

    public void setOwnerAddress(String v) {
        ownerAddress = v;
    }

    public String getProduct() {
        return product;
    }

    public void setProduct(String v) {
        product = v;
    }

    public String getProcessDescription() {
        return processDescription;
    }

    public void setProcessDescription(String v) {
        processDescription = v;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String v) {
        signerName = v;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public void setSignerTitle(String v) {
        signerTitle = v;
    }

    public SignerCapacity getSignerCapacity() {
        return signerCapacity;
    }

    public void setSignerCapacity(SignerCapacity v) {
        signerCapacity = v;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(LocalDate v) {
        signedOn = v;
    }

    public String getItemDescription() {
        return itemDescription;
    }

    public void setItemDescription(String v) {
        itemDescription = v;
    }

    public String getItemSize() {
        return itemSize;
    }

    public void setItemSize(String v) {
        itemSize = v;
    }

    public Integer getItemWeight() {
        return itemWeight;
    }

    public void setItemWeight(Integer v) {
        itemWeight = v;
    }

    public String getItemBuilding() {
        return itemBuilding;
    }

    public void setItemBuilding(String v) {
        itemBuilding = v;
    }

    public String getItemSpace() {
        return itemSpace;
    }

    public void setItemSpace(String v) {
        itemSpace = v;
    }

    public String getItemStep() {
        return itemStep;
    }

    public void setItemStep(String v) {
        itemStep = v;
    }

    public Long getReplacesItemId() {
        return replacesItemId;
    }

    public void setReplacesItemId(Long v) {
        replacesItemId = v;
    }
}

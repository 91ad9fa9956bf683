package org.tryon.licensing.itembank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.licensing.itembank.application.ItemBank;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRow;
import org.tryon.licensing.itembank.domain.ItemStatus;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;
import org.tryon.platform.web.LazyList;

/** The items list: lazy, filtered by certificate type, content area and status (no stems shown). */
@Named
@ViewScoped
public class ItemsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ItemBank bank;

    @Inject
    Licensing licensing;

    private String certificateType;
    private String area;
    private String status;

    private final LazyList<ItemRow> items = new LazyList<>(
            request -> bank.list(certificateType, area, status, 0, 1).total(),
            request -> bank.list(certificateType, area, status, request.first(), request.size())
                    .rows());

    public LazyList<ItemRow> getItems() {
        return items;
    }

    public List<CertificateTypeView> getCertificateTypes() {
        return licensing.certificateTypes();
    }

    public List<String> getAreas() {
        return bank.contentAreas(certificateType);
    }

    public ItemStatus[] getStatuses() {
        return ItemStatus.values();
    }

    public String getCertificateType() {
        return certificateType;
    }

    public void setCertificateType(String certificateType) {
        this.certificateType = certificateType;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}

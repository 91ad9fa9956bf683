package org.tryon.permitting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.tryon.permitting.api.Trade;
import org.tryon.permitting.application.ApplyForPermit;
import org.tryon.permitting.application.ContractorView;
import org.tryon.permitting.application.Contractors;
import org.tryon.permitting.application.PermitView;
import org.tryon.permitting.application.Permits;
import org.tryon.platform.web.FacesErrors;

/** The permits screen: the list and the application form. */
@Named
@ViewScoped
public class PermitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Permits permits;

    @Inject
    transient Contractors contractors;

    private Trade trade;
    private Long contractorId;
    private String street;
    private String city = "Charlotte";
    private String state = "NC";
    private String zip;
    private String description;
    private BigDecimal constructionValue;
    private List<PermitView> list;

    public void apply() throws IOException {
        try {
            PermitView p = permits.apply(new ApplyForPermit(trade, contractorId, street, city, state, zip, description, constructionValue));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            FacesErrors.info("Application " + p.number() + " received");
            FacesContext.getCurrentInstance().getExternalContext()
                    .redirect(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/permitting/permit.xhtml?id=" + p.id());
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<PermitView> getList() {
        if (list == null) {
            list = permits.list();
        }
        return list;
    }

    public List<ContractorView> getContractors() {
        return contractors.list();
    }

    public Trade[] getTrades() {
        return Trade.values();
    }

    public Trade getTrade() { return trade; }
    public void setTrade(Trade trade) { this.trade = trade; }
    public Long getContractorId() { return contractorId; }
    public void setContractorId(Long contractorId) { this.contractorId = contractorId; }
    public String getStreet() { return street; }
    public void setStreet(String street) { this.street = street; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getState() { return state; }
    public void setState(String state) { this.state = state; }
    public String getZip() { return zip; }
    public void setZip(String zip) { this.zip = zip; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getConstructionValue() { return constructionValue; }
    public void setConstructionValue(BigDecimal constructionValue) { this.constructionValue = constructionValue; }
}

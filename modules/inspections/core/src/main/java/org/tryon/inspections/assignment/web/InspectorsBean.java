package org.tryon.inspections.assignment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.tryon.inspections.assignment.application.DistrictView;
import org.tryon.inspections.assignment.application.InspectorView;
import org.tryon.inspections.assignment.application.Inspectors;
import org.tryon.inspections.assignment.application.SaveInspector;
import org.tryon.inspections.assignment.application.Supervision;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.web.FacesErrors;

/** The inspectors: their trades, districts and daily capacity. Supervisors see them; the administrator records and changes them. */
@Named
@ViewScoped
public class InspectorsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Inspectors inspectors;

    @Inject
    Supervision supervision;

    private List<InspectorView> list;
    private List<DistrictView> districtChoices;
    private Long editing;
    private String userName;
    private String displayName;
    private String phone;
    private Trade[] trades = new Trade[0];
    private String[] districts = new String[0];
    private Integer dailyCapacity;
    private boolean active = true;

    public void edit(InspectorView i) {
        editing = i.id();
        userName = i.userName();
        displayName = i.displayName();
        phone = i.phone();
        trades = i.trades().toArray(new Trade[0]);
        districts = i.districts().toArray(new String[0]);
        dailyCapacity = i.dailyCapacity();
        active = i.active();
    }

    public void clear() {
        editing = null;
        userName = null;
        displayName = null;
        phone = null;
        trades = new Trade[0];
        districts = new String[0];
        dailyCapacity = null;
        active = true;
    }

    public void save() {
        try {
            SaveInspector command = new SaveInspector(
                    userName, displayName, phone, Set.of(trades), Set.of(districts), dailyCapacity, active);
            InspectorView saved = editing == null ? inspectors.create(command) : inspectors.update(editing, command);
            FacesErrors.info((editing == null ? "Recorded " : "Changed ") + saved.displayName());
            clear();
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public boolean isAdministrator() {
        return supervision.isAdministrator();
    }

    public List<InspectorView> getList() {
        if (list == null) {
            list = inspectors.list();
        }
        return list;
    }

    public List<DistrictView> getDistrictChoices() {
        if (districtChoices == null) {
            districtChoices = inspectors.districts();
        }
        return districtChoices;
    }

    public Trade[] getTradeChoices() {
        return Trade.values();
    }

    public Long getEditing() {
        return editing;
    }

    public String getUserName() {
        return userName;
    }

    public void setUserName(String userName) {
        this.userName = userName;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Trade[] getTrades() {
        return trades;
    }

    public void setTrades(Trade[] trades) {
        this.trades = trades;
    }

    public String[] getDistricts() {
        return districts;
    }

    public void setDistricts(String[] districts) {
        this.districts = districts;
    }

    public Integer getDailyCapacity() {
        return dailyCapacity;
    }

    public void setDailyCapacity(Integer dailyCapacity) {
        this.dailyCapacity = dailyCapacity;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}

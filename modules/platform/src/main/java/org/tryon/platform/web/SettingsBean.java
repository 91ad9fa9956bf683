package org.tryon.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tryon.platform.settings.SettingView;
import org.tryon.platform.settings.Settings;

/** The settings screen: every number of a rule with its default, changes and today's value; a form to record a change. */
@Named
@ViewScoped
public class SettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Settings settings;

    private String key;
    private LocalDate effectiveFrom;
    private String value;
    private String reason;
    private List<SettingView> list;
    private LocalDate holidayDate;
    private String holidayName;
    private List<org.tryon.platform.time.HolidayView> holidays;

    @Inject
    transient org.tryon.platform.time.CountyCalendar calendar;

    public void addHoliday() {
        try {
            var h = calendar.addHoliday(holidayDate, holidayName);
            FacesErrors.info(h.name() + " (" + h.date() + ") is a county holiday");
            holidayDate = null;
            holidayName = null;
            holidays = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<org.tryon.platform.time.HolidayView> getHolidays() {
        if (holidays == null) {
            holidays = calendar.holidayViews();
        }
        return holidays;
    }

    public LocalDate getHolidayDate() { return holidayDate; }
    public void setHolidayDate(LocalDate holidayDate) { this.holidayDate = holidayDate; }
    public String getHolidayName() { return holidayName; }
    public void setHolidayName(String holidayName) { this.holidayName = holidayName; }

    public void record() {
        try {
            settings.record(key, effectiveFrom, value, reason);
            FacesErrors.info(key + " = " + value + " from " + effectiveFrom);
            key = null;
            effectiveFrom = null;
            value = null;
            reason = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<SettingView> getList() {
        if (list == null) {
            list = settings.views();
        }
        return list;
    }

    public String getKey() { return key; }
    public void setKey(String key) { this.key = key; }
    public LocalDate getEffectiveFrom() { return effectiveFrom; }
    public void setEffectiveFrom(LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }
    public String getValue() { return value; }
    public void setValue(String value) { this.value = value; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}

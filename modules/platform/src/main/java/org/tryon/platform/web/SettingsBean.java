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
    Settings settings;

    private String key;
    private LocalDate effectiveFrom;
    private String value;
    private String reason;
    private List<SettingView> list;

    public void record() {
        if (key == null || key.isBlank()) {
            jakarta.faces.context.FacesContext.getCurrentInstance()
                    .addMessage(
                            "change:key",
                            new jakarta.faces.application.FacesMessage(
                                    jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
                                    "Setting: choose the setting to change",
                                    ""));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            settings.record(key, effectiveFrom, value, reason);
            FacesErrors.info(org.tryon.platform.text.UsFormat.settingLabel(key) + " = " + value + " from "
                    + org.tryon.platform.text.UsFormat.date(effectiveFrom));
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

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public void setEffectiveFrom(LocalDate effectiveFrom) {
        this.effectiveFrom = effectiveFrom;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}

package org.tryon.permitting.parties.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tryon.permitting.parties.application.DesignProfessionalView;
import org.tryon.permitting.parties.application.DesignProfessionals;
import org.tryon.permitting.parties.application.RegisterDesignProfessional;
import org.tryon.permitting.parties.domain.DesignProfessional;
import org.tryon.platform.web.FacesErrors;

/** The registry of design professionals (108.8 E): list and registration. */
@Named
@ViewScoped
public class DesignProfessionalsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DesignProfessionals designProfessionals;

    private String name;
    private DesignProfessional.Profession profession;
    private String registrationNumber;
    private String firmName;
    private String address;
    private List<DesignProfessionalView> list;

    public void register() {
        try {
            DesignProfessionalView d = designProfessionals.register(
                    new RegisterDesignProfessional(name, profession, registrationNumber, firmName, address));
            FacesErrors.info("Registered " + d.name());
            name = null;
            profession = null;
            registrationNumber = null;
            firmName = null;
            address = null;
            list = null;
        } catch (RuntimeException e) {
            FacesErrors.show(e);
        }
    }

    public List<DesignProfessionalView> getList() {
        if (list == null) {
            list = designProfessionals.list();
        }
        return list;
    }

    public DesignProfessional.Profession[] getProfessions() {
        return DesignProfessional.Profession.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public DesignProfessional.Profession getProfession() {
        return profession;
    }

    public void setProfession(DesignProfessional.Profession profession) {
        this.profession = profession;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getFirmName() {
        return firmName;
    }

    public void setFirmName(String firmName) {
        this.firmName = firmName;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    /** Whether the signed-in user keeps these records (the permit office, {@link org.tryon.permitting.permits.application.Permits#PERMIT_OFFICE}; ADR 0026). */
    public boolean isOffice() {
        var external = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext();
        return org.tryon.permitting.permits.application.Permits.PERMIT_OFFICE.stream()
                .anyMatch(external::isUserInRole);
    }
}

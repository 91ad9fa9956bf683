package org.tryon.permitting.parties.application;

import org.tryon.permitting.parties.domain.DesignProfessional;

/** A registered design professional as screens and the API show one. */
public record DesignProfessionalView(
        long id,
        String name,
        String profession,
        String professionLabel,
        String statute,
        String registrationNumber,
        String firmName,
        String address)
        implements java.io.Serializable {

    static DesignProfessionalView of(DesignProfessional d) {
        return new DesignProfessionalView(
                d.getId(),
                d.getName(),
                d.getProfession().name(),
                d.getProfession().label(),
                d.getProfession().statute(),
                d.getRegistrationNumber(),
                d.getFirmName(),
                d.getAddress());
    }
}

package org.tryon.inspections.requests.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import org.tryon.inspections.requests.application.InspectionTypeNames;

/**
 * {@code #{inspectionTypes.name(code)}}: an inspection type as people read it ("Building — footing" for
 * {@code BLD-FOOTING}, ADR 0052) on every inspections screen that lists requests or results; read once a request.
 */
@Named("inspectionTypes")
@RequestScoped
public class InspectionTypesBean {

    @Inject
    InspectionTypeNames names;

    private Map<String, String> byCode;

    /** The type's display name; the code itself when no type has it. */
    public String name(String code) {
        if (code == null) {
            return "";
        }
        if (byCode == null) {
            byCode = names.byCode();
        }
        return byCode.getOrDefault(code, code);
    }
}

package org.tryon.permitting.machinery.domain;

/**
 * Why the department does not believe an item qualifies as industrial machinery (106 "Industrial
 * Machinery"). NC GS 143-138(b) excludes equipment permanently attached to or a component part of
 * a building and related to general building services: ventilation, heating and cooling, plumbing,
 * fire suppression or prevention, and general electrical transmission. Equipment not used in a
 * system of operations for producing a product ("Producing a product": modifying or creating a
 * material that results in something tangible used to produce something else or sold at market),
 * and equipment portable by hand while working (NEC 670.2), are not industrial machinery either.
 */
public enum ExceptionGround {
    VENTILATION("General building service: ventilation", true),
    HEATING_AND_COOLING("General building service: heating and cooling", true),
    PLUMBING("General building service: plumbing", true),
    FIRE_SUPPRESSION_OR_PREVENTION("General building service: fire suppression or prevention", true),
    GENERAL_ELECTRICAL_TRANSMISSION("General building service: general electrical transmission", true),
    NOT_PRODUCING_A_PRODUCT("Not used in a system of operations for producing a product", false),
    PORTABLE_BY_HAND("Portable by hand while working (NEC 670.2)", false),
    OTHER("Other reason (stated)", false);

    private final String label;
    private final boolean generalBuildingService;

    ExceptionGround(String label, boolean generalBuildingService) {
        this.label = label;
        this.generalBuildingService = generalBuildingService;
    }

    public String label() {
        return label;
    }

    /** The ground as a notice or a screen words it, with the inspector's details if any. */
    public String worded(String details) {
        return details == null || details.isBlank() ? label : label + ": " + details.trim();
    }

    /** One of the general building services NC GS 143-138(b) names. */
    public boolean isGeneralBuildingService() {
        return generalBuildingService;
    }
}

package org.tryon.permitting.permits.domain;

/** The occupancy groups of the North Carolina Building Code (chapter 3), by family. */
public enum OccupancyGroup {
    A_1(Family.ASSEMBLY),
    A_2(Family.ASSEMBLY),
    A_3(Family.ASSEMBLY),
    A_4(Family.ASSEMBLY),
    A_5(Family.ASSEMBLY),
    B(Family.BUSINESS),
    E(Family.EDUCATIONAL),
    F_1(Family.FACTORY),
    F_2(Family.FACTORY),
    H_1(Family.HAZARDOUS),
    H_2(Family.HAZARDOUS),
    H_3(Family.HAZARDOUS),
    H_4(Family.HAZARDOUS),
    H_5(Family.HAZARDOUS),
    I_1(Family.INSTITUTIONAL),
    I_2(Family.INSTITUTIONAL),
    I_3(Family.INSTITUTIONAL),
    I_4(Family.INSTITUTIONAL),
    M(Family.MERCANTILE),
    R_1(Family.RESIDENTIAL),
    R_2(Family.RESIDENTIAL),
    R_3(Family.RESIDENTIAL),
    R_4(Family.RESIDENTIAL),
    S_1(Family.STORAGE),
    S_2(Family.STORAGE),
    U(Family.UTILITY);

    /** The family of a group; "commercial or industrial" in 106 "Mega Project" means business, mercantile, factory, hazardous and storage. */
    public enum Family {
        ASSEMBLY,
        BUSINESS,
        EDUCATIONAL,
        FACTORY,
        HAZARDOUS,
        INSTITUTIONAL,
        MERCANTILE,
        RESIDENTIAL,
        STORAGE,
        UTILITY;

        public boolean commercialOrIndustrial() {
            return this == BUSINESS || this == MERCANTILE || this == FACTORY || this == HAZARDOUS || this == STORAGE;
        }
    }

    private final Family family;

    OccupancyGroup(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** As the code prints it: A-1, B, R-3. */
    public String label() {
        return name().replace('_', '-');
    }
}

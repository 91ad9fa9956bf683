package org.tryon.permitting.parties.domain;

import java.util.EnumSet;
import java.util.Set;
import org.tryon.platform.kernel.Trade;

/**
 * The North Carolina boards that license contractors, and the trades each board's licenses cover
 * (106 "General Contractor", "Electrical Contractor", "Master Plumber", "State Mechanical License").
 */
public enum LicenseBoard {
    GENERAL_CONTRACTORS("NC Licensing Board for General Contractors", "G.S. 87 Art. 1", EnumSet.of(Trade.BUILDING)),
    ELECTRICAL_CONTRACTORS(
            "NC State Board of Examiners of Electrical Contractors", "G.S. 87 Art. 4", EnumSet.of(Trade.ELECTRICAL)),
    PLUMBING_HEATING(
            "NC State Board of Examiners of Plumbing, Heating and Fire Sprinkler Contractors",
            "G.S. 87 Art. 2",
            EnumSet.of(Trade.PLUMBING, Trade.MECHANICAL)),
    REFRIGERATION("NC State Board of Refrigeration Examiners", "G.S. 87 Art. 5", EnumSet.of(Trade.MECHANICAL));

    private final String label;
    private final String statute;
    private final Set<Trade> trades;

    LicenseBoard(String label, String statute, Set<Trade> trades) {
        this.label = label;
        this.statute = statute;
        this.trades = trades;
    }

    public String label() {
        return label;
    }

    public String statute() {
        return statute;
    }

    public boolean licenses(Trade trade) {
        return trades.contains(trade);
    }

    /** The board a trade's license usually comes from, when the registration does not say. */
    public static LicenseBoard usualFor(Trade trade) {
        return switch (trade) {
            case BUILDING -> GENERAL_CONTRACTORS;
            case ELECTRICAL -> ELECTRICAL_CONTRACTORS;
            case PLUMBING, MECHANICAL -> PLUMBING_HEATING;
        };
    }
}

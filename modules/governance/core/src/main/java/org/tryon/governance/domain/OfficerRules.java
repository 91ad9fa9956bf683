package org.tryon.governance.domain;

import org.tryon.platform.errors.RuleViolationException;

/**
 * The officers (107.1.3, 107.2.3). The BDC chair "is hereby appointed by the Board and shall be
 * the Charlotte Chamber of Commerce representative": a chair who does not hold the seat the
 * Chamber recommends for is refused. The vice-chair and secretary are elected for one year at the
 * first meeting of the calendar year; the TAB is chaired by one of the department's trade code
 * administrators and elects a vice-chair for one year.
 */
public final class OfficerRules {

    private OfficerRules() {
    }

    /** Refuses a BDC chair who does not hold the Chamber of Commerce seat (107.1.3). */
    public static void checkBdcChair(String memberName, boolean holdsChamberSeat) {
        if (!holdsChamberSeat) {
            throw new RuleViolationException("memberId", "107.1.3 chair-is-chamber-representative",
                    "107.1.3: the BDC chair shall be the Charlotte Chamber of Commerce representative; " + memberName
                            + " does not hold that seat");
        }
    }
}

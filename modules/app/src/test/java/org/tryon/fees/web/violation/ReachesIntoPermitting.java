package org.tryon.fees.web.violation;

import org.tryon.permitting.permits.domain.Permit;

/** Breaks "contexts meet only through their api" on purpose: fees reads a permitting entity. Test sources only. */
public class ReachesIntoPermitting {

    public String number(Permit permit) {
        return permit.getNumber();
    }

    /** With permitting's ReachesIntoFees, closes a cycle between the fees and permitting modules on purpose. */
    public String code(org.tryon.permitting.web.violation.ReachesIntoFees other) {
        return other.toString();
    }
}

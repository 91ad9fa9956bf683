package org.tryon.fees.api.violation;

import org.tryon.permitting.api.violation.PermittingApiValue;

/** Breaks "an api uses no other context's api" on purpose: fees' api names a type of permitting's api. Test sources only. */
public class ApiUsesAnotherApi {

    public String code(PermittingApiValue value) {
        return value.code();
    }
}

package org.tryon.fees.web.violation;

import org.tryon.fees.module.infrastructure.FeesSchema;

/** Breaks "web uses no infrastructure" on purpose in a layer-first package: a fees web class uses fees' schema registration. Test sources only. */
public class WebUsesInfrastructure {

    public String name(FeesSchema schema) {
        return schema.toString();
    }
}

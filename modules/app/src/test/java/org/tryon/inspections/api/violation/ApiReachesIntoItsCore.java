package org.tryon.inspections.api.violation;

import org.tryon.inspections.domain.violation.DomainWithWebAndLayers;

/** Breaks "api packages stand alone" on purpose: an api class uses its own context's domain. Test sources only. */
public class ApiReachesIntoItsCore {

    public String name(DomainWithWebAndLayers domainClass) {
        return domainClass.toString();
    }
}

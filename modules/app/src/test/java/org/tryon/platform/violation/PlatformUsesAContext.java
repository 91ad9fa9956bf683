package org.tryon.platform.violation;

import org.tryon.fees.web.violation.ReachesIntoPermitting;

/** Breaks "the platform knows no context" on purpose: the kernel uses a class of fees. Test sources only. */
public class PlatformUsesAContext {

    public String name(ReachesIntoPermitting feesClass) {
        return feesClass.toString();
    }
}

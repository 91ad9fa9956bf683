package org.tryon.permitting.example.application.violation;

import org.tryon.permitting.example.web.violation.FeatureWebUsesInfrastructure;

/** Breaks "layers point inward" on purpose in a feature-first package: an application class uses a web class. Test sources only. */
public class FeatureApplicationUsesWeb {

    public String run(FeatureWebUsesInfrastructure web) {
        return web.toString();
    }
}

package org.tryon.permitting.example.domain.violation;

import org.tryon.permitting.example.application.violation.FeatureApplicationUsesWeb;

/** Breaks "layers point inward" on purpose in a feature-first package: a domain class uses an application class. Test sources only. */
public class FeatureDomainUsesApplication {

    public String rule(FeatureApplicationUsesWeb useCase) {
        return useCase.toString();
    }
}

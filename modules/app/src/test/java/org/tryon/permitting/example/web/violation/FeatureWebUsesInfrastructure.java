package org.tryon.permitting.example.web.violation;

import org.tryon.permitting.example.infrastructure.violation.ExampleAdapter;

/** Breaks "web uses no infrastructure" on purpose in a feature-first package ({@code org.tryon.permitting.<feature>.web}). Test sources only. */
public class FeatureWebUsesInfrastructure {

    public String show(ExampleAdapter adapter) {
        return adapter.read();
    }
}

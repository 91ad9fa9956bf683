package org.tryon.platform.kernel;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/** The id of a project in permitting: the structure whose permits go together (106; Re-Inspection Fee Program). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record ProjectId(long value) implements Identity {
    public ProjectId {
        Identity.positive(value, ProjectId.class);
    }
}

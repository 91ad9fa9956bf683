package org.tryon.platform.kernel;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/** The id of a permit in permitting (108.8): what an inspection, a fee or a certificate is for. */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record PermitId(long value) implements Identity {
    public PermitId {
        Identity.positive(value, PermitId.class);
    }
}

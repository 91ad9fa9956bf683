package org.tryon.inspections.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of an inspection request in inspections (108.10 C). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record InspectionRequestId(long value) implements Identity {
    public InspectionRequestId {
        Identity.positive(value, InspectionRequestId.class);
    }
}

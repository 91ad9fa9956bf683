package org.tryon.inspections.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of an inspection's recorded result in inspections (108.3: the record of each inspection; 108.10). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record InspectionResultId(long value) implements java.io.Serializable, Identity {
    public InspectionResultId {
        Identity.positive(value, InspectionResultId.class);
    }
}

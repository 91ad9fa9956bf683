package org.tryon.inspections.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a defect an inspection found, open until a re-inspection passes it (108.10 D). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record DefectId(long value) implements java.io.Serializable, Identity {
    public DefectId {
        Identity.positive(value, DefectId.class);
    }
}

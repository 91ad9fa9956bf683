package org.tryon.governance.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a motion before the BDC, adopted as a resolution by its vote (107.1.4 A). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record MotionId(long value) implements Identity {
    public MotionId {
        Identity.positive(value, MotionId.class);
    }
}

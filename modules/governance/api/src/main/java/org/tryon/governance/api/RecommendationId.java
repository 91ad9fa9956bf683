package org.tryon.governance.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a recommendation the TAB made on an agenda item (107.2.4 I, K). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record RecommendationId(long value) implements Identity {
    public RecommendationId {
        Identity.positive(value, RecommendationId.class);
    }
}

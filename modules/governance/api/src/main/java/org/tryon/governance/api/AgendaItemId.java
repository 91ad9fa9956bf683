package org.tryon.governance.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of an item on a meeting's agenda (107.2.4 I, J.1). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record AgendaItemId(long value) implements Identity {
    public AgendaItemId {
        Identity.positive(value, AgendaItemId.class);
    }
}

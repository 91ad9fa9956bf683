package org.tryon.governance.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a meeting of the BDC, the TAB or a subcommittee (107.1.4, 107.2.4). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record MeetingId(long value) implements Identity {
    public MeetingId {
        Identity.positive(value, MeetingId.class);
    }
}

package org.tryon.governance.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a notice of a meeting posted and sent to the subscribers (107.1.4 B, 107.2.4 B). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record NoticeId(long value) implements Identity {
    public NoticeId {
        Identity.positive(value, NoticeId.class);
    }
}

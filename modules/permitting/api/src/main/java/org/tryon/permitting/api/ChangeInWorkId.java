package org.tryon.permitting.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a change in the work of an issued permit approved by the Department (108.8.2, 108.9). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record ChangeInWorkId(long value) implements Identity {
    public ChangeInWorkId {
        Identity.positive(value, ChangeInWorkId.class);
    }
}

package org.tryon.fees.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of an account of the fees ledger (a permit holder's, 108.8 F.3, or a candidate's). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record AccountId(long value) implements java.io.Serializable, Identity {
    public AccountId {
        Identity.positive(value, AccountId.class);
    }
}

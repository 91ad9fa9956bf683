package org.tryon.fees.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of one posting (a charge or a credit) on an account of the fees ledger. */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record PostingId(long value) implements java.io.Serializable, Identity {
    public PostingId {
        Identity.positive(value, PostingId.class);
    }
}

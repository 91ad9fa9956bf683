package org.tryon.platform.kernel;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/** The id of a contractor firm in permitting (106 "Contractor"; 108.8 G): a holder of permits. */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record ContractorId(long value) implements Identity {
    public ContractorId {
        Identity.positive(value, ContractorId.class);
    }
}

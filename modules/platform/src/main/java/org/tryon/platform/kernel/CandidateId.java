package org.tryon.platform.kernel;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/** The id of a candidate for a trade examination in licensing (109), whose account is {@code CANDIDATE-<id>}. */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record CandidateId(long value) implements Identity {
    public CandidateId {
        Identity.positive(value, CandidateId.class);
    }
}

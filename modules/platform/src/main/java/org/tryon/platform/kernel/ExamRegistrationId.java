package org.tryon.platform.kernel;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/** The id of a candidate's registration for an exam session in licensing (109): the cause of its exam fee. */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record ExamRegistrationId(long value) implements Identity {
    public ExamRegistrationId {
        Identity.positive(value, ExamRegistrationId.class);
    }
}

package org.tryon.licensing.api;

import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import org.tryon.platform.kernel.Identity;
import org.tryon.platform.kernel.IdentityJson;

/** The id of a certificate issued by licensing on a passed examination (109). */
@JsonbTypeSerializer(IdentityJson.class)
@JsonbTypeDeserializer(IdentityJson.class)
public record CertificateId(long value) implements Identity {
    public CertificateId {
        Identity.positive(value, CertificateId.class);
    }
}

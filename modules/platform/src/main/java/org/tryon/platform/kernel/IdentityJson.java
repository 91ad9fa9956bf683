package org.tryon.platform.kernel;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Type;

/**
 * JSON-B of every {@link Identity}: a plain number, {@code "permitId":5}, as the {@code long} it replaced was written
 * (ADR 0045). So events stored in the outbox by an earlier version still read, and the REST API's JSON is unchanged.
 * Reading calls the record's canonical {@code (long)} constructor of the type JSON-B asks for; a {@code null} reads as
 * null (a nullable id, as {@code Long} was).
 */
public final class IdentityJson implements JsonbSerializer<Identity>, JsonbDeserializer<Identity> {

    @Override
    public void serialize(Identity id, JsonGenerator generator, SerializationContext ctx) {
        generator.write(id.value());
    }

    @Override
    public Identity deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
        if (!(rtType instanceof Class<?> type) || !Identity.class.isAssignableFrom(type)) {
            throw new JsonbException("Not an identity type: " + rtType);
        }
        JsonValue json = parser.getValue();
        if (json.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        long value = ((JsonNumber) json).longValueExact();
        try {
            return (Identity) type.getDeclaredConstructor(long.class).newInstance(value);
        } catch (InvocationTargetException e) {
            throw new JsonbException(type.getSimpleName() + ": " + e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new JsonbException(type.getSimpleName() + " has no (long) constructor", e);
        }
    }
}

package org.tryon.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.eclipse.microprofile.config.ConfigProvider;
import org.tryon.platform.time.CountyTime;

/**
 * How the REST API writes and reads JSON (JSON-B), for every module.
 *
 * <p>Every moment carries its offset. An {@code Instant} is written in UTC with its "Z". A county's local time (a
 * {@code LocalDateTime}: when an inspection was made, when a notice was delivered) is written with the county's offset
 * on that day, {@code 2026-12-05T09:30:00-05:00}, so that a reader never has to guess the zone; it is read with an offset
 * (converted to the county's time) or without one (taken as the county's local time, {@code tryon.zone},
 * America/New_York by default).
 */
@Provider
public class JsonbSetup implements ContextResolver<Jsonb> {

    private final Jsonb jsonb;

    public JsonbSetup() {
        this(ConfigProvider.getConfig()
                .getOptionalValue("tryon.zone", String.class)
                .map(ZoneId::of)
                .orElse(ZoneId.of("America/New_York")));
    }

    JsonbSetup(ZoneId county) {
        this.jsonb = JsonbBuilder.create(new JsonbConfig()
                .withSerializers(new CountyTimeWriter(county))
                .withDeserializers(new CountyTimeReader(county)));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Writes a county's local time with the county's offset on that day. */
    static final class CountyTimeWriter implements JsonbSerializer<LocalDateTime> {
        private final ZoneId county;

        CountyTimeWriter(ZoneId county) {
            this.county = county;
        }

        @Override
        public void serialize(LocalDateTime time, JsonGenerator generator, SerializationContext ctx) {
            generator.write(format(time, county));
        }
    }

    /** Reads a county's local time given with an offset (converted) or without one (taken as the county's). */
    static final class CountyTimeReader implements JsonbDeserializer<LocalDateTime> {
        private final ZoneId county;

        CountyTimeReader(ZoneId county) {
            this.county = county;
        }

        @Override
        public LocalDateTime deserialize(JsonParser parser, DeserializationContext ctx, Type rtType) {
            return parse(parser.getString(), county);
        }
    }

    static String format(LocalDateTime time, ZoneId county) {
        return CountyTime.format(time, county);
    }

    static LocalDateTime parse(String text, ZoneId county) {
        return CountyTime.parse(text, county);
    }
}

package org.tryon.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.tryon.platform.errors.InvalidInputException;

/**
 * Reads every JSON request body of the REST API (ADR 0022): at most {@value #MAX_BYTES} bytes,
 * well-formed JSON, then {@link StrictJson}'s rules against the command's type, then JSON-B. What
 * breaks a rule is refused with 400 naming the field and the rule before any use case runs.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** JSON-B, made on first use (the rules above need none). */
    private static final class Binding {
        static final Jsonb JSONB = new JsonbSetup().getContext(Object.class);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return applies(type, mediaType);
    }

    /** Whether a body of this type and media type is JSON bound to a command (not text, bytes or JSON-P values). */
    static boolean applies(Class<?> type, MediaType mediaType) {
        if (mediaType == null || type == null) {
            return false;
        }
        String sub = mediaType.getSubtype();
        boolean json = "json".equalsIgnoreCase(sub)
                || sub.toLowerCase(java.util.Locale.ROOT).endsWith("+json");
        return json
                && type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        String text = read(entityStream);
        if (text.isBlank()) {
            return null;
        }
        JsonValue tree = parse(text);
        StrictJson.check(tree, genericType == null ? type : genericType);
        try {
            return Binding.JSONB.fromJson(text, genericType == null ? type : genericType);
        } catch (JsonbException e) {
            throw new InvalidInputException(
                    "body", "json", "The request body could not be read: " + MalformedBodyMapper.describe(e));
        }
    }

    /** One JSON value and nothing after it (a parser may stop reading at the end of the first value). */
    static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", "json", "The request body is not JSON: it is empty");
            }
            parser.next();
            JsonValue tree = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidInputException(
                        "body", "json", "The request body is not JSON: there is more after its value");
            }
            return tree;
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            throw new InvalidInputException("body", "json", "The request body is not JSON: " + e.getMessage());
        }
    }

    private static String read(InputStream in) throws IOException {
        return new String(readBytes(in), StandardCharsets.UTF_8);
    }

    /** The body's bytes, at most {@value #MAX_BYTES} (else 413). */
    static byte[] readBytes(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            if (out.size() > MAX_BYTES) {
                drain(in);
                throw new BodyTooLargeException();
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads (and forgets) what the client still sends, up to 64 MB, so that it receives the 413 instead of a
     * connection closed in the middle of its upload.
     */
    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[65536];
        long left = 64L * 1024 * 1024;
        int n;
        while (left > 0 && (n = in.read(buffer)) > 0) {
            left -= n;
        }
    }

    /** A body above the platform's limit: 413. */
    public static final class BodyTooLargeException extends InvalidInputException {

        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super("body", "maxBytes", "The request body is larger than " + MAX_BYTES + " bytes");
        }
    }
}

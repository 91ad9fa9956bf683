package org.tryon.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Applies {@link StrictJson}'s rules to every JSON request body whichever JSON provider then binds it
 * (ADR 0022): the runtime's own JSON-B provider and {@link StrictJsonReader} rank alike, so the rules
 * run here, around any reader: at most {@value StrictJsonReader#MAX_BYTES} bytes, one JSON value, the
 * command's field rules; then the body goes on unchanged.
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class StrictJsonInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!StrictJsonReader.applies(context.getType(), context.getMediaType())) {
            return context.proceed();
        }
        byte[] body = StrictJsonReader.readBytes(context.getInputStream());
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isBlank()) {
            StrictJson.check(
                    StrictJsonReader.parse(text),
                    context.getGenericType() == null ? context.getType() : context.getGenericType());
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}

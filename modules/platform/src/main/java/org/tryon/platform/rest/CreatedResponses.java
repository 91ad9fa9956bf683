package org.tryon.platform.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * Every creation of the REST API answers {@code 201 Created} with a {@code Location} (RFC 9110 15.3.2).
 *
 * <p>A method that creates a record carries the OpenAPI extension {@code @Extension(name = "x-created", value =
 * "ledger/accounts/{id}")}: one annotation for the answer and for the document. Its value is the new record's path under
 * {@code /api/v1}, in which {@code {id}} stands for the new record's id (its {@code id} component, or the key "id" of a
 * map) and any other {@code {name}} for the request's path parameter of that name. A marked method that answered 200 with
 * the new record is answered 201 here, with that Location; the build's OpenAPI filter ({@code ApiContract}) documents
 * 201, the body's schema and the Location. A method that builds its own 201 keeps it; errors are left as they are.
 */
@Provider
public class CreatedResponses implements ContainerResponseFilter {

    /** The name of the OpenAPI extension that marks a creation. */
    public static final String EXTENSION = "x-created";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Context
    ResourceInfo resource;

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String template = template(resource == null ? null : resource.getResourceMethod());
        if (template == null
                || response.getEntity() == null
                || (response.getStatus() != 200 && response.getStatus() != 201)) {
            return;
        }
        response.setStatus(201);
        String location = location(template, response.getEntity(), uri.getPathParameters());
        if (location != null && !response.getHeaders().containsKey(HttpHeaders.LOCATION)) {
            response.getHeaders()
                    .putSingle(HttpHeaders.LOCATION, uri.getBaseUri().resolve(URI.create(location)));
        }
    }

    /** The Location template of a method marked as a creation, or null. */
    static String template(Method method) {
        if (method == null) {
            return null;
        }
        for (Extension e : method.getAnnotationsByType(Extension.class)) {
            if (EXTENSION.equals(e.name())) {
                return e.value();
            }
        }
        return null;
    }

    /**
     * The template with its placeholders filled from the created record's view (its component of that name: {@code id},
     * {@code projectId} ...) or else the request's path parameter of that name; null where one has no value.
     */
    static String location(String template, Object entity, MultivaluedMap<String, String> pathParameters) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = entity == null ? null : property(entity, name);
            if (value == null && pathParameters != null) {
                value = pathParameters.getFirst(name);
            }
            if (value == null) {
                return null;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A property of a created record's view: a record's component, a map's key, or a {@code name()}/{@code getName()}. */
    static Object property(Object entity, String name) {
        if (entity instanceof Map<?, ?> map) {
            return map.get(name);
        }
        try {
            if (entity.getClass().isRecord()) {
                for (RecordComponent c : entity.getClass().getRecordComponents()) {
                    if (c.getName().equals(name)) {
                        return c.getAccessor().invoke(entity);
                    }
                }
                return null;
            }
            String getter = "get" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            for (String candidate : new String[] {name, getter}) {
                try {
                    return entity.getClass().getMethod(candidate).invoke(entity);
                } catch (NoSuchMethodException ignored) {
                    // try the next name
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
        return null;
    }
}

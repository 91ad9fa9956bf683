package org.tryon.app.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Problem;

/**
 * Completes the OpenAPI document at build time so that it describes every answer, not only the happy one:
 * <ul>
 * <li>an operation marked as a creation (extension {@code x-created}, see {@link CreatedResponses}) answers {@code 201}
 * (not 200) with its body's schema and a {@code Location};</li>
 * <li>every operation lists its problem answers as {@code application/problem+json} with the {@code Problem} schema:
 * 400 (malformed or invalid input, naming the field and the rule), 401 (not signed in), 403 (the role may not), 404
 * (where the path names a record), 422 (a broken rule of the ordinance, naming the field and the rule, for writes) and
 * 500 (an unexpected error; nothing was changed).</li>
 * <li>every write (POST, PUT, PATCH, DELETE) takes the optional header {@code Idempotency-Key} (ADR 0025): a retry with
 * the same key gets the original answer again, marked {@code Idempotent-Replayed: true}.</li>
 * <li>a typed id of the apis (a record with one {@code long value}, ADR 0045) is a plain integer, as JSON-B writes it,
 * not the object the scanner sees.</li>
 * </ul>
 * It runs in the build (smallrye-open-api-maven-plugin), where the application's classes cannot be loaded: it reads
 * only the document.
 */
public class ApiContract implements OASFilter {

    static final String PROBLEM_REF = "#/components/schemas/Problem";
    /** The header of an idempotent write (platform's IdempotencyKeys.HEADER; the build's filter cannot load it). */
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Override
    public void filterOpenAPI(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        api.getComponents()
                .addSchema(
                        "FieldProblem",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .description("A field of the request and the rule it broke")
                                .addProperty(
                                        "field",
                                        OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING)
                                                .description("the field, as named in the request"))
                                .addProperty(
                                        "rule",
                                        OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING)
                                                .description("the rule, with its ordinance section where there is one"))
                                .addProperty(
                                        "message", OASFactory.createSchema().type(Schema.SchemaType.STRING)));
        api.getComponents()
                .addSchema(
                        "Problem",
                        OASFactory.createSchema()
                                .type(Schema.SchemaType.OBJECT)
                                .description(
                                        "RFC 9457 problem details, sent as " + Problem.MEDIA_TYPE + " for every error")
                                .addProperty(
                                        "type",
                                        OASFactory.createSchema()
                                                .type(Schema.SchemaType.STRING)
                                                .description("about:blank"))
                                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                                .addProperty(
                                        "instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                                .addProperty(
                                        "errors",
                                        OASFactory.createSchema()
                                                .type(Schema.SchemaType.ARRAY)
                                                .items(OASFactory.createSchema()
                                                        .ref("#/components/schemas/FieldProblem"))));
        api.getComponents().getSchemas().values().forEach(ApiContract::identityAsNumber);
        if (api.getPaths() == null || api.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : api.getPaths().getPathItems().entrySet()) {
            boolean namesRecord = path.getKey().contains("{");
            Map<PathItem.HttpMethod, Operation> operations = path.getValue().getOperations();
            if (operations == null) {
                continue;
            }
            String file = path.getKey().endsWith(".pdf")
                    ? "application/pdf"
                    : path.getKey().endsWith(".csv") ? "text/csv" : null;
            operations.forEach((verb, operation) -> {
                complete(verb, operation, namesRecord);
                if (file != null) {
                    document(operation, file);
                }
            });
        }
    }

    /** ADR 0045: a typed id (an object whose only property is its {@code long value}) is written as a plain number. */
    static void identityAsNumber(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null || properties.size() != 1 || !properties.containsKey("value")) {
            return;
        }
        Schema value = properties.get("value");
        if (value.getType() != Schema.SchemaType.INTEGER || !"int64".equals(value.getFormat())) {
            return;
        }
        schema.setProperties(null);
        schema.type(Schema.SchemaType.INTEGER).format("int64").description("an id: a plain number (ADR 0045)");
    }

    private void complete(PathItem.HttpMethod verb, Operation operation, boolean namesRecord) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        Object created = operation.getExtensions() == null
                ? null
                : operation.getExtensions().get(CreatedResponses.EXTENSION);
        if (created != null) {
            APIResponse ok = responses.getAPIResponse("200");
            APIResponse answer = responses.getAPIResponse("201") != null ? responses.getAPIResponse("201") : ok;
            if (answer == null) {
                answer = OASFactory.createAPIResponse();
            }
            if (ok != null) {
                responses.removeAPIResponse("200");
            }
            answer.description("Created: the new record; Location names it (/api/v1/" + created + ")");
            Header location = OASFactory.createHeader()
                    .description("the new record's URL")
                    .schema(OASFactory.createSchema()
                            .type(Schema.SchemaType.STRING)
                            .format("uri"));
            answer.addHeader("Location", location);
            responses.addAPIResponse("201", answer);
        }
        boolean writes = verb != PathItem.HttpMethod.GET
                && verb != PathItem.HttpMethod.HEAD
                && verb != PathItem.HttpMethod.OPTIONS;
        if (writes) {
            idempotencyKey(operation);
        }
        problem(responses, "400", "Malformed or invalid input: each field named with its rule");
        problem(responses, "401", "Not signed in (HTTP Basic or the sign-in page's session)");
        problem(responses, "403", "The caller's role may not do this; the section or rule is named");
        if (namesRecord) {
            problem(responses, "404", "No such record");
        }
        if (writes) {
            problem(
                    responses,
                    "422",
                    "The request breaks a rule of the ordinance or of the record's state: each field named with its "
                            + "rule and section; nothing was changed");
        }
        problem(responses, "500", "An unexpected error; nothing was changed");
    }

    /** The optional {@code Idempotency-Key} header of a write (ADR 0025). */
    private static void idempotencyKey(Operation operation) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()))) {
            return;
        }
        operation.addParameter(OASFactory.createParameter()
                .name(IDEMPOTENCY_KEY)
                .in(Parameter.In.HEADER)
                .required(false)
                .description(
                        "Makes the write safe to retry: a retry with the same key (and the same request) within 24 hours "
                                + "(tryon.idempotency.keep-hours) gets "
                                + "the original status, Location and body again, with Idempotent-Replayed: true, and changes nothing; the same "
                                + "key with another request answers 422; a twin sent while the first is running waits for it and gets its answer. "
                                + "The key is the signed-in user's; 1 to 255 printable ASCII characters (a UUID, for instance). A write "
                                + "refused or failed leaves the key free.")
                .schema(OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .minLength(1)
                        .maxLength(255)));
    }

    /** A download (a PDF, a CSV file) says its media type on its successful answer. */
    private static void document(Operation operation, String mediaType) {
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (ok != null && ok.getContent() == null) {
            Schema body = OASFactory.createSchema().type(Schema.SchemaType.STRING);
            if (mediaType.equals("application/pdf")) {
                body.format("binary");
            }
            ok.content(OASFactory.createContent()
                    .addMediaType(mediaType, OASFactory.createMediaType().schema(body)));
        }
    }

    private static void problem(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        MediaType media =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media);
        responses.addAPIResponse(
                status, OASFactory.createAPIResponse().description(description).content(content));
    }
}

package org.tryon.permitting.parties.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.parties.application.AddLicense;
import org.tryon.permitting.parties.application.ChangePointOfContact;
import org.tryon.permitting.parties.application.ContractorView;
import org.tryon.permitting.parties.application.Contractors;
import org.tryon.permitting.parties.application.FileBond;
import org.tryon.permitting.parties.application.ReceiveBondCancellation;
import org.tryon.permitting.parties.application.RegisterContractor;
import org.tryon.permitting.parties.application.RenewLicense;
import org.tryon.platform.audit.HistoryEntry;
import org.tryon.platform.lists.ListRequest;
import org.tryon.platform.rest.CreatedResponses;

@Path("contractors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class ContractorResource {

    @Inject
    Contractors contractors;

    /** The largest page of contractor firms the API serves. */
    static final int MAX_SIZE = 500;

    @GET
    @Operation(
            summary =
                    "Contractor firms by name, one page (500 unless size says fewer; page from 1), filtered by name, "
                            + "license number or point of contact in the database; the header X-Total-Count tells how many match")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The firms of the page",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = ContractorView.class)))
    public Response list(
            @QueryParam("name") String name,
            @QueryParam("license") String license,
            @QueryParam("contactName") String contactName,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("name", name);
        filters.put("license", license);
        filters.put("contactName", contactName);
        ListRequest request =
                ListRequest.paged(filters, List.of(new ListRequest.Sort("name", true)), page, size, MAX_SIZE, MAX_SIZE);
        return Response.ok(new GenericEntity<List<ContractorView>>(contractors.rows(request)) {})
                .header("X-Total-Count", contractors.count(request))
                .build();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "contractors/{id}")
    @APIResponseSchema(value = ContractorView.class, responseCode = "201", responseDescription = "Created")
    @POST
    public Response register(RegisterContractor command, @Context UriInfo uri) {
        ContractorView created = contractors.register(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public ContractorView get(@PathParam("id") long id) {
        return contractors.get(id);
    }

    @GET
    @Path("{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return contractors.history(id);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "contractors/{id}")
    @POST
    @Path("{id}/licenses")
    @Operation(
            summary = "Add a state license (board, number, classification, trade, expiry) to the firm (106, 108.8 G)")
    public ContractorView addLicense(@PathParam("id") long id, AddLicense command) {
        return contractors.addLicense(id, command);
    }

    @POST
    @Path("{id}/licenses/{licenseId}/renewal")
    @Operation(summary = "Record the renewal of a license through a later expiry day")
    public ContractorView renewLicense(
            @PathParam("id") long id, @PathParam("licenseId") long licenseId, RenewLicense command) {
        return contractors.renewLicense(id, licenseId, command);
    }

    @PUT
    @Path("{id}/point-of-contact")
    @Operation(summary = "Change the firm's point of contact (106)")
    public ContractorView pointOfContact(@PathParam("id") long id, ChangePointOfContact command) {
        return contractors.changePointOfContact(id, command);
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "contractors/{id}")
    @POST
    @Path("{id}/bonds")
    @Operation(summary = "File a continuous surety bond (108.7)")
    public ContractorView fileBond(@PathParam("id") long id, FileBond command) {
        return contractors.fileBond(id, command);
    }

    @POST
    @Path("{id}/bonds/{bondId}/cancellation-notice")
    @Operation(
            summary =
                    "Record the surety's written notice of cancellation; it takes effect no earlier than 30 days after receipt (108.7)")
    public ContractorView bondCancellation(
            @PathParam("id") long id, @PathParam("bondId") long bondId, ReceiveBondCancellation command) {
        return contractors.receiveBondCancellation(id, bondId, command);
    }
}

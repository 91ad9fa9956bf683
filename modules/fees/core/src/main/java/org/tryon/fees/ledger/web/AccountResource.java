package org.tryon.fees.ledger.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.fees.ledger.application.AccountView;
import org.tryon.fees.ledger.application.Accounts;
import org.tryon.fees.ledger.application.EntryView;
import org.tryon.platform.rest.CreatedResponses;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Fees and ledger")
public class AccountResource {

    @Inject
    Accounts accounts;

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @GET
    @Path("{id}")
    public AccountView get(@PathParam("id") long id) {
        return accounts.get(id);
    }

    /** The largest page of entries the API serves. */
    static final int MAX_SIZE = 500;

    @GET
    @Path("{id}/entries")
    @Operation(
            summary =
                    "The account's entries counted from the newest: page 1 is the newest 500 (or size), page 2 the ones "
                            + "before; each page oldest first with the balance after each entry; the header X-Total-Count tells "
                            + "how many entries the account has")
    @org.eclipse.microprofile.openapi.annotations.responses.APIResponse(
            responseCode = "200",
            description = "The entries of the page",
            content =
                    @org.eclipse.microprofile.openapi.annotations.media.Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @org.eclipse.microprofile.openapi.annotations.media.Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                                            implementation = EntryView.class)))
    public jakarta.ws.rs.core.Response entries(
            @PathParam("id") long id,
            @jakarta.ws.rs.QueryParam("page") String page,
            @jakarta.ws.rs.QueryParam("size") String size) {
        var request = org.tryon.platform.lists.ListRequest.paged(
                java.util.Map.of(), List.of(), page, size, MAX_SIZE, MAX_SIZE);
        var entries = accounts.entries(id, request.first(), request.size());
        return jakarta.ws.rs.core.Response.ok(new jakarta.ws.rs.core.GenericEntity<List<EntryView>>(entries.rows()) {})
                .header("X-Total-Count", entries.total())
                .build();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "ledger/accounts/{id}/payments")
    @POST
    @Path("{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary =
                    "Apply a payment (cash, check or card) to a customer's account; the same payment is never applied twice")
    public AccountView pay(@PathParam("id") long id, org.tryon.fees.ledger.application.RecordPayment command) {
        return accounts.recordPayment(id, command);
    }
}

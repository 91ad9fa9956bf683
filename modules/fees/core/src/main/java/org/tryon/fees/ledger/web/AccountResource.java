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

    @GET
    @Path("{id}/entries")
    public List<EntryView> entries(@PathParam("id") long id) {
        return accounts.entries(id);
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

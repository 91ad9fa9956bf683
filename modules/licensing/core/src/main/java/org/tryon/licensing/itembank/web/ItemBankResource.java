package org.tryon.licensing.itembank.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.licensing.itembank.application.ApproveVersion;
import org.tryon.licensing.itembank.application.ItemBank;
import org.tryon.licensing.itembank.application.ItemBankAccess;
import org.tryon.licensing.itembank.application.ItemBankViews.AccessView;
import org.tryon.licensing.itembank.application.ItemBankViews.ImportResult;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemDetail;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRow;
import org.tryon.licensing.itembank.application.ItemTransfer;
import org.tryon.licensing.itembank.application.WriteItem;
import org.tryon.platform.errors.Inputs;
import org.tryon.platform.lists.ListPage;
import org.tryon.platform.rest.CreatedResponses;
import org.tryon.platform.rest.Downloads;

/** The item bank's items (107.1.5 C): confidential, exam administrators only; every view and export is logged. */
@Path("licensing/items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Licensing exams: item bank")
public class ItemBankResource {

    @Inject
    ItemBank bank;

    @Inject
    ItemTransfer transfer;

    @Inject
    ItemBankAccess access;

    @GET
    @Operation(
            summary =
                    "The items, filtered by certificate type, content area (contains) and a status one of their versions has; "
                            + "codes, areas and statuses only (no stem: the list is not a view of an item)")
    public ListPage<ItemRow> list(
            @QueryParam("certificateType") String certificateType,
            @QueryParam("area") String area,
            @QueryParam("status") String status,
            @QueryParam("first") Integer first,
            @QueryParam("size") Integer size) {
        return bank.list(certificateType, area, status, first == null ? 0 : first, size == null ? 50 : size);
    }

    @POST
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/items/{id}")
    @Operation(
            summary =
                    "Write a new item: its first version, a DRAFT (options in order A, B, C, D ...; key the correct option's label)")
    public ItemDetail create(WriteItem command) {
        return bank.create(command);
    }

    @GET
    @Path("{id}")
    @Operation(
            summary =
                    "An item with every version (newest first): a view of the confidential item, recorded in the access log")
    public ItemDetail view(@PathParam("id") long id) {
        return bank.view(id);
    }

    @POST
    @Path("{id}/versions")
    @Extension(name = CreatedResponses.EXTENSION, value = "licensing/items/{id}")
    @Operation(summary = "Edit an item: its next version, a DRAFT (ADR 0034); the versions before stay as they were")
    public ItemDetail edit(@PathParam("id") long id, WriteItem command) {
        return bank.edit(id, command);
    }

    @PUT
    @Path("{id}/versions/{number}")
    @Operation(
            summary =
                    "Correct a DRAFT version in place before its review; a version once administered never changes (107.1.5 C.2)")
    public ItemDetail correct(@PathParam("id") long id, @PathParam("number") int number, WriteItem command) {
        return bank.correct(id, number, command);
    }

    @POST
    @Path("{id}/versions/{number}/approval")
    @Operation(
            summary =
                    "107.1.5 C: the licensing subcommittee approved a DRAFT version (its decision's reference and date)")
    public ItemDetail approve(@PathParam("id") long id, @PathParam("number") int number, ApproveVersion command) {
        return bank.approve(id, number, command);
    }

    @POST
    @Path("{id}/versions/{number}/activation")
    @Operation(summary = "Make an APPROVED version active (forms draw it); the version active before is retired")
    public ItemDetail activate(@PathParam("id") long id, @PathParam("number") int number) {
        return bank.activate(id, number);
    }

    @POST
    @Path("{id}/versions/{number}/retirement")
    @Operation(summary = "Retire a version: no new form draws it (locked forms keep it, unchanged)")
    public ItemDetail retire(@PathParam("id") long id, @PathParam("number") int number) {
        return bank.retire(id, number);
    }

    @GET
    @Path("content-areas")
    @Operation(summary = "The content areas the bank holds, of a certificate type or all")
    public List<String> contentAreas(@QueryParam("certificateType") String certificateType) {
        return bank.contentAreas(certificateType);
    }

    @GET
    @Path("export.zip")
    @Produces("application/zip")
    @Operation(
            summary =
                    "The item versions (of a type and a status, each optional) as an IMS content package of QTI 2.1 items; logged")
    @APIResponse(
            responseCode = "200",
            description = "An IMS content package (imsmanifest.xml and one QTI 2.1 assessmentItem per version)",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response exportQti(
            @QueryParam("certificateType") String certificateType, @QueryParam("status") String status) {
        byte[] zip = transfer.exportQti(certificateType, status);
        return Downloads.attachment(zip, Downloads.ZIP, "item-bank-qti.zip");
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    @Operation(
            summary = "The item versions (of a type and a status, each optional) as CSV, one line per version; logged")
    public Response exportCsv(
            @QueryParam("certificateType") String certificateType, @QueryParam("status") String status) {
        return Downloads.csv(transfer.exportCsv(certificateType, status), "item-bank.csv");
    }

    @POST
    @Path("import.zip")
    @Consumes({"application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(
            summary =
                    "Import an IMS content package of QTI 2.1 choice items (single-cardinality identifier responses) as DRAFT versions; "
                            + "all or nothing, each refusal naming the item, the field and the rule; certificateType for items that do not say theirs")
    public ImportResult importQti(InputStream zip, @QueryParam("certificateType") String certificateType) {
        return transfer.importQti(zip, certificateType);
    }

    @POST
    @Path("import.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary =
                    "Import item versions from CSV (the export's columns) as DRAFT versions; all or nothing, each refusal naming the "
                            + "line, the item, the field and the rule")
    public ImportResult importCsv(String csv) {
        return transfer.importCsv(new StringReader(csv == null ? "" : csv));
    }

    @GET
    @Path("access-log")
    @Operation(
            summary =
                    "107.1.5 C: who viewed or exported the confidential items, when, what and how many (newest first)")
    public List<AccessView> accessLog(
            @QueryParam("user") String user, @QueryParam("from") String from, @QueryParam("to") String to) {
        return access.log(user, Inputs.day("from", from), Inputs.day("to", to), 2000);
    }
}

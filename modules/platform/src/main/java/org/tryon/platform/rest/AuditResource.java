package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.audit.chain.AuditVerification;
import org.tryon.platform.audit.chain.VerificationReport;

/**
 * The tamper check of the ledger and the exam results (ADR 0055): every chain walked and compared with the rows as
 * they are now; each break names the record, the fields that differ and where the chain breaks. The director only.
 */
@Path("audit/verification")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class AuditResource {

    @Inject
    AuditVerification verification;

    @GET
    @Operation(
            summary = "Verify the audit chains of the ledger and the exam results against the database now (director);"
                    + " intact false and the findings when a row or a link was changed, added or removed behind"
                    + " Tryon's back")
    public VerificationReport verify() {
        return verification.verify();
    }
}

package org.tryon.inspections.domain.violation;

import jakarta.faces.context.FacesContext;
import jakarta.ws.rs.core.Response;
import org.tryon.inspections.requests.application.InspectionRequests;

/** Breaks the domain and layer rules on purpose: a domain class using JAX-RS, Faces and the application layer. Test sources only. */
public class DomainWithWebAndLayers {

    public Response respond(InspectionRequests requests) {
        return Response.ok(FacesContext.getCurrentInstance() == null ? requests : null)
                .build();
    }
}

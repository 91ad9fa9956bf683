package org.tryon.permitting.parties.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.permitting.parties.application.DesignProfessionalView;
import org.tryon.permitting.parties.application.DesignProfessionals;
import org.tryon.permitting.parties.application.RegisterDesignProfessional;
import org.tryon.platform.rest.CreatedResponses;

@Path("design-professionals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Permitting")
public class DesignProfessionalResource {

    @Inject
    DesignProfessionals designProfessionals;

    @GET
    public List<DesignProfessionalView> list() {
        return designProfessionals.list();
    }

    @Extension(name = CreatedResponses.EXTENSION, value = "design-professionals/{id}")
    @APIResponseSchema(value = DesignProfessionalView.class, responseCode = "201", responseDescription = "Created")
    @POST
    @Operation(
            summary =
                    "Register an NC registered architect, engineer or landscape architect whose seal plans may bear (108.8 E)")
    public Response register(RegisterDesignProfessional command, @Context UriInfo uri) {
        DesignProfessionalView created = designProfessionals.register(command);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(created.id()))
                        .build())
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    public DesignProfessionalView get(@PathParam("id") long id) {
        return designProfessionals.get(id);
    }
}

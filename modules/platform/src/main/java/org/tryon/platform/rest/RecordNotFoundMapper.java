package org.tryon.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.tryon.platform.errors.RecordNotFoundException;

@Provider
public class RecordNotFoundMapper implements ExceptionMapper<RecordNotFoundException> {

    @Override
    public Response toResponse(RecordNotFoundException e) {
        return Problems.response(404, "Not found", e.getMessage());
    }
}

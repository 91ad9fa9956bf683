package org.tryon.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tryon.platform.errors.InvalidInputException;
import org.tryon.platform.search.Search;
import org.tryon.platform.search.SearchHit;

/**
 * The search box over REST (ADR 0054): the permits, addresses, projects, contractors and people whose number, PIN or
 * name matches {@code q}, the exact numbers and PINs first, only those whose page the caller may open. Any staff role.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
public class SearchResource {

    @Inject
    Search search;

    @GET
    @Operation(
            summary = "The records whose permit number, address, PIN, project, contractor or person's name matches q"
                    + " (2 to 100 characters), exact numbers and PINs first, each with its kind, title, detail and"
                    + " page; at most 8 of each kind, only those the caller may open")
    public List<SearchHit> search(@QueryParam("q") String q) {
        if (q == null || q.strip().length() < Search.MIN_LENGTH) {
            throw new InvalidInputException(
                    "q",
                    "at least " + Search.MIN_LENGTH + " characters",
                    "Search text: type at least " + Search.MIN_LENGTH + " characters");
        }
        return search.find(q);
    }
}

package org.tryon.permitting.permits.web;

import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.tryon.platform.lists.ListRequest;

/**
 * The query parameters of the permit search: the one-box search, one filter per
 * criterion, the sort and the page. Numbers are read here so that "page=two" is a 400 naming
 * {@code page}, not JAX-RS's 404.
 */
public class PermitQuery {

    /** The largest page the API serves; the CSV export is not paged. */
    static final int MAX_SIZE = 500;

    @QueryParam("q")
    @Parameter(
            description =
                    "Search: permit number, street address, the project's parcel number (PIN, dashes optional), or the contractor's name or license number (contains, any case)")
    String q;

    @QueryParam("number")
    @Parameter(description = "Permit number contains")
    String number;

    @QueryParam("address")
    @Parameter(description = "Street address contains")
    String address;

    @QueryParam("pin")
    @Parameter(description = "The project's parcel number (PIN) contains, dashes optional")
    String pin;

    @QueryParam("contractor")
    @Parameter(description = "The contractor's name or one of its license numbers contains")
    String contractor;

    @QueryParam("status")
    @Parameter(description = "Status, exactly (APPLIED, ISSUED, WORK_COMMENCED, ...)")
    String status;

    @QueryParam("trade")
    @Parameter(description = "Trade, exactly (BUILDING, ELECTRICAL, ...)")
    String trade;

    @QueryParam("sort")
    @Parameter(
            description =
                    "Comma-separated fields, '-' before a field for descending: number, trade, status, holderName, projectName, address, projectPin, appliedOn, issuedOn. Default: newest first")
    String sort;

    @QueryParam("page")
    @Parameter(description = "Page number, from 1 (default 1)")
    String page;

    @QueryParam("size")
    @Parameter(description = "Rows per page, 1 to 500")
    String size;

    /** The list request, {@code defaultSize} rows per page unless {@code size} says otherwise. */
    ListRequest request(int defaultSize) {
        return ListRequest.paged(filters(), sorts(), page, size, defaultSize, MAX_SIZE);
    }

    /** Every matching row, in the order asked for, read {@link #MAX_SIZE} at a time (page and size are checked, then ignored). */
    ListRequest all() {
        return request(MAX_SIZE).page(0, MAX_SIZE);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", q);
        filters.put("number", number);
        filters.put("address", address);
        filters.put("projectPin", pin);
        filters.put("contractor", contractor);
        filters.put("status", status);
        filters.put("trade", trade);
        return filters;
    }

    private List<ListRequest.Sort> sorts() {
        List<ListRequest.Sort> sorts = new ArrayList<>();
        if (sort != null) {
            for (String field : sort.split(",")) {
                String f = field.trim();
                if (!f.isEmpty()) {
                    sorts.add(
                            f.startsWith("-")
                                    ? new ListRequest.Sort(f.substring(1), false)
                                    : new ListRequest.Sort(f, true));
                }
            }
        }
        return sorts;
    }
}

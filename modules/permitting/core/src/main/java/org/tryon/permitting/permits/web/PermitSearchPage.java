package org.tryon.permitting.permits.web;

import java.util.List;
import org.tryon.permitting.permits.application.PermitView;

/**
 * One page of the permit search.
 *
 * @param rows  the permits of the page
 * @param total how many permits match in all
 * @param page  the page number, from 1
 * @param size  rows per page
 */
public record PermitSearchPage(List<PermitView> rows, long total, int page, int size) {}

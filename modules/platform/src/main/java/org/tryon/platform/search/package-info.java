/**
 * The one search box (ADR 0054): modules contribute {@link org.tryon.platform.search.SearchProvider} beans, each answering
 * a few hits of its own records found through an index; {@link org.tryon.platform.search.Search} asks those whose screens
 * the caller may open, drops the hits whose link the role matrix does not let the caller open, and merges them
 * ({@link org.tryon.platform.search.SearchRanking}: exact numbers and PINs first).
 */
package org.tryon.platform.search;

/**
 * Lists paged, sorted and filtered in the database ("Lists are lazy, filterable and
 * exportable"): a list names its entity, the fields a screen or the API may filter and sort by and
 * the entity path each stands for ({@link org.tryon.platform.lists.ListDefinition}); a request
 * ({@link org.tryon.platform.lists.ListRequest}) names only those fields, never JPQL, and anything
 * else is refused. One count query and one page query per request.
 */
package org.tryon.platform.lists;

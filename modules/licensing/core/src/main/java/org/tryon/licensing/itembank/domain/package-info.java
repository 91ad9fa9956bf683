/**
 * The item bank (107.1.5 C): items and their versions (an edit makes a new version; a version once administered never
 * changes, 107.1.5 C.2), their review, content outlines per certificate type, forms assembled by an outline and locked,
 * and the log of every view and export of the confidential items.
 */
package org.tryon.licensing.itembank.domain;

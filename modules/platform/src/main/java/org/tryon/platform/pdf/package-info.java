/**
 * Printable documents as PDF (ADR 0010): a small builder for the department's notices, orders,
 * certificates, fee statements and recap sheets, on OpenPDF. A document is rendered from a record
 * when asked for, so the record stays the single source of what was said.
 */
package org.tryon.platform.pdf;

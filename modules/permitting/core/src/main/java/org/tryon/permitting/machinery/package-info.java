/**
 * Industrial machinery (106 "Industrial Machinery", 108.10 G): the owner's declaration, the
 * department's determinations per item, the notice of exceptions and its delivery, appeals, unsafe
 * installations and the scope of the final inspection.
 *
 * <p>Tables {@code perm_machinery_*}. REST root {@code /industrial-machinery}; screens
 * {@code /permitting/machinery.xhtml}, {@code machinery/record.xhtml} and the permit page's Industrial
 * machinery tab.
 */
package org.tryon.permitting.machinery;

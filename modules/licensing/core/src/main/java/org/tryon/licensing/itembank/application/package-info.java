/** The item bank's use cases: items and their review, imports and exports (IMS QTI 2.1, CSV), outlines, forms, the access log. */
package org.tryon.licensing.itembank.application;

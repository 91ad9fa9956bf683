/** The item bank's screens and REST resources (exam administrators only; the access log also for the director). */
package org.tryon.licensing.itembank.web;

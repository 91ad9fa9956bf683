/** Licensing's screens and REST resources. */
package org.tryon.licensing.web;

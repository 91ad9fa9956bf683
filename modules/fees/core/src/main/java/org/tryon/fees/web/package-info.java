/** Fees' screens and REST resources. */
package org.tryon.fees.web;

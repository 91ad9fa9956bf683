/** Permitting's screens (Faces beans) and REST resources; they call the application layer only. */
package org.tryon.permitting.web;

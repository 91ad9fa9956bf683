/** Permitting's use cases; each public method is one transaction. */
package org.tryon.permitting.application;

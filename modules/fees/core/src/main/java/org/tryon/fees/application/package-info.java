/** Fees' use cases and observers of other modules' events. */
package org.tryon.fees.application;

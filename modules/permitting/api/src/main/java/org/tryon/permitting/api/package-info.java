/**
 * What the permitting context tells the others: the trades, and the events of a permit's life.
 * The only package of permitting that other modules may use.
 */
package org.tryon.permitting.api;

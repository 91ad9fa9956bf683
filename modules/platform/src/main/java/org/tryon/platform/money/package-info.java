/** Exact US-dollar amounts. */
package org.tryon.platform.money;

/** The demo exam sessions (107.1.5 C). */
package org.tryon.licensing.sessions.infrastructure;

/** Use cases of exam sessions and registrations, the payment hold and its settings (107.1.5 C; ADR 0035). */
package org.tryon.licensing.sessions.application;

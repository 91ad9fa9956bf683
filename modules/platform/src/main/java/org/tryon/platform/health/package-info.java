/**
 * Whether the database answers: a probe of its own that never hangs, so that callers get a prompt 503 with a
 * Retry-After while MariaDB is stopped or paused, and the health endpoint says DOWN (hardening).
 */
package org.tryon.platform.health;

/**
 * Idempotent writes of the REST API (ADR 0025): a write sent with an {@code Idempotency-Key} header runs in one
 * transaction with the record of its key and answer, so a retry (a client that lost the answer) gets the original
 * answer instead of a second write or a refusal.
 */
package org.tryon.platform.idempotency;

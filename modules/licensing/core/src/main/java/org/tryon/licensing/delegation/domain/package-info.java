/** Delegation of the administration of examinations to qualified industry representatives (107.1.5 C). */
package org.tryon.licensing.delegation.domain;

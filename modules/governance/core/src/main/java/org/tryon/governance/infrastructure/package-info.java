/** Governance's adapters: schema registration and demo data. */
package org.tryon.governance.infrastructure;

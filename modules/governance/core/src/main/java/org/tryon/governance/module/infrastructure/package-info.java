/** Schema registration and the demo data of the commissions and meetings; the storage test of the whole schema. */
package org.tryon.governance.module.infrastructure;

/** Demo officers, committees and closed sessions; their storage tests. */
package org.tryon.governance.officers.infrastructure;

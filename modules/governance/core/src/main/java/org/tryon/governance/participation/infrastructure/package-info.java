/** Demo applications and speakers; their storage tests. */
package org.tryon.governance.participation.infrastructure;

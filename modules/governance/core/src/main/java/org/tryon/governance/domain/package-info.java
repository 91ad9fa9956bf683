/** The commissions (BDC, TAB), their seats and members' terms (107). */
package org.tryon.governance.domain;

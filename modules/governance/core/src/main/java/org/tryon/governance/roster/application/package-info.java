/** Creating commissions and seats, appointing members, ending terms, the roster views and the clerk's work list. */
package org.tryon.governance.roster.application;

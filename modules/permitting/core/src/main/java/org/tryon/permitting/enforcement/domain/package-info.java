/**
 * Administrative enforcement (108.12): stop orders, revocation notices, notices of defects,
 * condemnation of unsafe buildings and the removal of their notice, the hearing and the order to
 * take corrective action, appeals and the finality of an order not appealed; each with the record
 * of how its written notice was given (106 "Written Notice").
 */
package org.tryon.permitting.enforcement.domain;

/**
 * The shared kernel of Tryon: what every bounded context needs and none owns. Kept small on
 * purpose: money, time and the county's working days, effective-dated settings, integration
 * events and the outbox, the audit trail (108.3), security, REST error handling, the page
 * template and menu, lists paged and filtered in the database, and the migration runner.
 */
package org.tryon.platform;

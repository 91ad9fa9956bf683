/**
 * Use cases of the parties (106, 108.7, 108.8 C): registering contractors and design professionals,
 * their licenses (adding, renewing) and point of contact, filing a bond and receiving its
 * cancellation (108.7), permitting's record of homeowner electrical certificates kept from
 * licensing's events (108.8 C), and the {@code PermitParties} query of permitting's api.
 */
package org.tryon.permitting.parties.application;

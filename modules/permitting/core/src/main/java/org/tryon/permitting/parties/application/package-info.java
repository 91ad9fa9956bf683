/** Permitting's record of homeowner electrical certificates, kept from licensing's events (108.8 C). */
package org.tryon.permitting.parties.application;

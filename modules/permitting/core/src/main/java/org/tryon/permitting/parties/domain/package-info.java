/**
 * The parties to a permit: contractor firms, their licenses and license boards (106, 108.8 G), their
 * point of contact (106) and surety bonds (108.7), design professionals (106, 108.8 E), owners
 * (106), the homeowner's declaration (106 "Homeowner", 108.8 C) and the homeowner electrical test
 * and certificate an owner's electrical permit needs (108.8 C).
 */
package org.tryon.permitting.parties.domain;

/**
 * Parties to a permit (106, 108.7, 108.8 C, 108.8 G): contractor firms with their state licenses
 * (106 "General Contractor", "Electrical Contractor", "Master Plumber", "State Mechanical License";
 * 108.8 G) and point of contact (106), their surety bonds (108.7), registered design professionals
 * (106 "Architect", "Engineer"; 108.8 E), owners (106 "Owner"), the homeowner's declaration
 * (106 "Homeowner", 108.8 C) and the homeowner electrical certificates kept from licensing's events
 * (108.8 C).
 *
 * <p>Tables {@code perm_contractor}, {@code perm_contractor_license}, {@code perm_bond},
 * {@code perm_design_professional}, {@code perm_owner}, {@code perm_homeowner_certificate}. REST roots
 * {@code /contractors}, {@code /design-professionals}; screens {@code /permitting/contractors.xhtml},
 * {@code contractor.xhtml}, {@code design-professionals.xhtml}.
 */
package org.tryon.permitting.parties;

/**
 * What belongs to the whole governance module rather than one feature of section 107: the effective-dated numbers of
 * the commissions' rules and their catalog, the schema registration, the demo data that spans features and the menu.
 */
package org.tryon.governance.module;

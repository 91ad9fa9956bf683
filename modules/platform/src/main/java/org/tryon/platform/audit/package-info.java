/** The audit trail of 108.3: who changed which record when, with the values before and after (Hibernate Envers). */
package org.tryon.platform.audit;

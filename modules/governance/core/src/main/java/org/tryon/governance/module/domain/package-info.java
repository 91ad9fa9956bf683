/** {@link org.tryon.governance.module.domain.GovernanceSettings}: the numbers of the commissions' rules, each effective-dated with the ordinance's value as default. */
package org.tryon.governance.module.domain;

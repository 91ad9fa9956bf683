/**
 * What every feature of permitting states the same way: the numbers of permitting's rules, each
 * effective-dated with the ordinance's value as default (ADR 0008), and the values shared across
 * features (ADR 0044): {@link org.tryon.permitting.module.domain.Act} (who acted in the
 * department's name, when, in which office) and {@link org.tryon.permitting.module.domain.Appeal}
 * (what every appeal states: 108.12.7, 108.10 G.2).
 */
package org.tryon.permitting.module.domain;

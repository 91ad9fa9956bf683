/** The numbers of permitting's rules, each effective-dated with the ordinance's value as default (ADR 0008). */
package org.tryon.permitting.module.domain;

/**
 * Permitting's menu, the choices shared by its permit tables, and the form fields every appeal
 * form has (AppealFiling, AppealDecisionFields: 108.12.7, 108.10 G.2; ADR 0044).
 */
package org.tryon.permitting.module.web;

/**
 * Plans and their review (108.8 E, 108.8 F, 108.8.3): the configurable rules saying when plans, a
 * seal or plan review are required (108.8 E, F.1), plan submissions as review cycles of a project,
 * each discipline's result and comments (comments kept, 108.8.3).
 *
 * <p>Tables {@code perm_plan_rule}, {@code perm_plan_submission}, {@code perm_discipline_review}.
 * REST root {@code /plan-rules} (submissions and reviews are under {@code /projects}, served by
 * permits' {@code ProjectResource}); screen {@code /permitting/plan-rules.xhtml}.
 */
package org.tryon.permitting.plans;

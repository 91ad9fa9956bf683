/**
 * Plan rules and plan review (108.8 E, 108.8 F.1, 108.8.3): {@code PlanRule}, what a permit's plans
 * must have ({@code PlanRequirement}), {@code PlanSubmission} (one review cycle) and each
 * {@code DisciplineReview} with its {@code ReviewResult}.
 */
package org.tryon.permitting.plans.domain;

/**
 * Use cases of plan rules and plan review (108.8 E, F, 108.8.3): adding and listing plan rules,
 * submitting plans and recording a discipline's review.
 */
package org.tryon.permitting.plans.application;

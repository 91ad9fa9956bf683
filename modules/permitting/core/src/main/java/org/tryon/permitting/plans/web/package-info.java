/** Plan rules (108.8 E, F) over HTTP ({@code /plan-rules}) and on the plan rules screen. */
package org.tryon.permitting.plans.web;

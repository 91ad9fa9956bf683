/**
 * Plain text for people, the US way (ADR 0052): dates MM/DD/YYYY, 12-hour times in the county's zone, dollars with
 * separators, codes and enums as words. No Faces types: web converters, EL functions, application classes (home cards,
 * search hits) and beans' messages all call {@link org.tryon.platform.text.UsFormat}. REST and CSV keep ISO 8601.
 */
package org.tryon.platform.text;

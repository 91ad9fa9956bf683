/** The item-statistics screen and REST API (107.1.5 C): exam administrators only; items appear by code, never by stem. */
package org.tryon.licensing.statistics.web;

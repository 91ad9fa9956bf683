/**
 * Use cases of administrative enforcement (108.12): issuing each action with its written notice as
 * a PDF, recording deliveries (106), lifting orders, appeals and their outcome (108.12.7), and the
 * department-wide list of orders with their appeal deadlines and finality.
 */
package org.tryon.permitting.enforcement.application;

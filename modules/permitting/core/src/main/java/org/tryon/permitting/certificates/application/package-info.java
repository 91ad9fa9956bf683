/**
 * Use cases of temporary utilities and occupancy (108.11): finals from inspections' events,
 * utility authorizations (108.11.1, 108.11.2), temporary certificates of occupancy (108.11.3), the
 * certificate of compliance or occupancy (108.11.4) and their PDF documents.
 */
package org.tryon.permitting.certificates.application;

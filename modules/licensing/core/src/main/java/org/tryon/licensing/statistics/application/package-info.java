/**
 * Item statistics of the licensing examinations (107.1.5 C): the responses of an administration (a session) or of a
 * period, loaded by one streaming native query from the exam tables, analysed per form; the views, the CSV export and
 * the demo administrations.
 */
package org.tryon.licensing.statistics.application;

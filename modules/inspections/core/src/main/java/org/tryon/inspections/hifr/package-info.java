/**
 * Failure rates and the High Inspection Failure Rate process (106, 108.10 F; ADR 0012, ADR 0019): the
 * rates by contractor, discipline and quarter, the quarter's judgement, the HIFR list with its
 * history and trainings, the scheduling of a listed contractor's inspections and the hours of a
 * re-inspection by the hour (F.2.1, F.2.2.2).
 *
 * <p>Tables {@code insp_hifr_decision}, {@code insp_hifr_listing}, {@code insp_hifr_training}. REST
 * {@code /hifr}, {@code /failure-rates}; screens {@code hifr}, {@code failure-report}.
 */
package org.tryon.inspections.hifr;

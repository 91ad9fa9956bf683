/**
 * The sitting (107.1.5 C; domain facts "Licensing examinations"): accommodations, the proctor's roster and
 * check-in of a candidate (identity document, name match, late arrival, the form and the kiosk's access code),
 * irregularities and the referral of cheating to the licensing subcommittee. Fires {@code IrregularityRecorded}
 * (observed by {@code scoring}).
 *
 * <p>Tables {@code lic_accommodation}, {@code lic_check_in}, {@code lic_name_change}, {@code lic_irregularity},
 * {@code lic_referral} (and the check-in columns of {@code lic_registration}). REST roots {@code /licensing/check-in},
 * {@code /licensing/accommodations}, {@code /licensing/irregularities}; screens {@code /licensing/check-in},
 * {@code accommodations}, {@code irregularities}.
 */
package org.tryon.licensing.checkin;

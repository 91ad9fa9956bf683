/**
 * Use cases at the sitting (107.1.5 C): accommodations, the proctor's roster and check-in, irregularities and referrals.
 * Sessions and registrations belong to the sessions part of the module; this package reads them by native SQL and
 * writes only the columns check-in owns ({@code status} CHECKED_IN, {@code form_id}, {@code access_code},
 * {@code checked_in_at}, {@code extra_minutes}).
 */
package org.tryon.licensing.checkin.application;

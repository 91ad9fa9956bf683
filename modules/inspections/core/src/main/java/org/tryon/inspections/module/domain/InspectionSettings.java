package org.tryon.inspections.module.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the inspection rules, each effective-dated with its default. */
public final class InspectionSettings {

    public static final SettingKey<LocalTime> REQUEST_CUTOFF = SettingKey.time(
            "inspections.request.cutoff",
            "16:00",
            "108.10.1",
            "Requests made before this time are scheduled from the next working day; later ones from the working day after");

    public static final SettingKey<Integer> ON_TIME_WORKING_DAYS = SettingKey.integer(
            "inspections.on-time.working-days",
            1,
            "service target",
            "An inspection is on time when made within this many working days of its scheduled date");

    public static final SettingKey<BigDecimal> ON_TIME_TARGET = SettingKey.percent(
            "inspections.on-time.target-percent",
            "90",
            "service target",
            "The share of inspections the department means to make on time");

    public static final SettingKey<LocalDate> HIFR_PROGRAM_START = SettingKey.date(
            "inspections.hifr.programStart",
            "2008-07-01",
            "106 High Inspection Failure Rate Contractor",
            "The program start date, as determined by the administrator (the default is an "
                    + "assumption: the first quarter after the ordinance's approval on 2008-05-06)");

    public static final SettingKey<BigDecimal> HIFR_THRESHOLD = SettingKey.percent(
            "inspections.hifr.threshold",
            "40",
            "106 High Inspection Failure Rate Contractor",
            "An average failure rate at or above this, in a quarter, makes a HIFR contractor");

    public static final SettingKey<BigDecimal> HIFR_START_THRESHOLD = SettingKey.percent(
            "inspections.hifr.startThreshold",
            "50",
            "106 High Inspection Failure Rate Contractor",
            "The threshold during the first months after the program start");

    public static final SettingKey<Integer> HIFR_START_MONTHS = SettingKey.integer(
            "inspections.hifr.startMonths",
            6,
            "106 High Inspection Failure Rate Contractor",
            "How many months after the program start the start threshold applies");

    public static final SettingKey<Integer> HIFR_SPECIAL_FEE_MAX_INSPECTIONS = SettingKey.integer(
            "inspections.hifr.specialFeeMaxInspections",
            19,
            "108.10 F.3",
            "A contractor with this many inspections or fewer in the quarter pays the special permit fee instead of the HIFR process");

    public static final SettingKey<Integer> HIFR_TRAINING_HOURS = SettingKey.integer(
            "inspections.hifr.trainingHours",
            12,
            "108.10 F.2.3.1",
            "Contact hours of NC Building Code technical training in the discipline that rotate a contractor off the list");

    public static final SettingKey<Integer> HIFR_REPEAT_FROM_MONTHS = SettingKey.integer(
            "inspections.hifr.repeatFromMonths",
            12,
            "108.10 F.2.4",
            "Months after the program start from which a contractor who rotated off and exceeds again must do both training and a quarter below");

    public static final SettingKey<Integer> HIFR_REPEAT_YEARS = SettingKey.integer(
            "inspections.hifr.repeatYears",
            5,
            "108.10 F.2.4",
            "Years after rotating off during which exceeding again brings both requirements");

    public static final SettingKey<Boolean> HIFR_PARTIAL_FAILS = SettingKey.flag(
            "inspections.hifr.partialCountsAsFailure",
            false,
            "106 High Inspection Failure Rate Contractor, 108.10 F",
            "Whether a partial result counts as a failed inspection in the "
                    + "inspection failure rate (the ordinance speaks of failed inspections only)");

    public static final SettingKey<Boolean> HIFR_NOT_READY_FAILS = SettingKey.flag(
            "inspections.hifr.notReadyCountsAsFailure",
            false,
            "106 High Inspection Failure Rate Contractor, 108.10 F",
            "Whether a not-ready result counts as a failed inspection (and so as an "
                    + "inspection) in the inspection failure rate; when it does not, a not-ready visit is no inspection of the work");

    public static final SettingKey<BigDecimal> HIFR_MAX_REINSPECTION_HOURS = SettingKey.decimal(
            "inspections.hifr.maxReinspectionHours",
            "8",
            "108.10 F.2.1",
            "The most hours an inspector may record for one re-inspection charged by the hour (a working day)");

    public static final SettingKey<BigDecimal> HIFR_HOURS_STEP = SettingKey.decimal(
            "inspections.hifr.hoursStep",
            "0.25",
            "108.10 F.2.1",
            "The hours of a re-inspection charged by the hour are recorded in steps of this much (a quarter hour)");

    public static final SettingKey<Integer> HIFR_REQUEST_DELAY = SettingKey.integer(
            "inspections.hifr.requestDelayDays",
            2,
            "108.10 F.1",
            "Working days by which a HIFR contractor's inspection requests are delayed");

    public static final SettingKey<Integer> HIFR_HOURLY_NOTICE = SettingKey.integer(
            "inspections.hifr.hourlyNoticeWorkDays",
            5,
            "108.10 F.2.2.2",
            "Work days ahead at the least for the department's re-inspection paid by the hour");

    public static final SettingKey<LocalTime> KIT_EXPORT_TIME = SettingKey.time(
            "inspections.kit.exportTime",
            "18:00",
            "outage notice of December 2017",
            "After this time every evening the next working day's outage kit (day lists, staff directory) is written out");

    public static final SettingKey<Integer> OWNER_AS_CONTRACTOR_ALLOCATION = SettingKey.integer(
            "inspections.allocation.ownerAsContractor",
            10,
            "108.10.4.3",
            "Inspections included in the base fee of an owner-as-contractor permit (the text of 108.10.4.3 is not in the seed: "
                    + "an assumed default for the department to set)");

    /** 106, 108.10 F: what counts as a failure in the inspection failure rate in force on {@code on}. */
    public static org.tryon.inspections.api.CountedResults countedResults(
            org.tryon.platform.settings.Settings settings, LocalDate on) {
        return new org.tryon.inspections.api.CountedResults(
                settings.valueOn(HIFR_PARTIAL_FAILS, on), settings.valueOn(HIFR_NOT_READY_FAILS, on));
    }

    public static final List<SettingKey<?>> ALL = List.of(
            REQUEST_CUTOFF,
            KIT_EXPORT_TIME,
            ON_TIME_WORKING_DAYS,
            ON_TIME_TARGET,
            OWNER_AS_CONTRACTOR_ALLOCATION,
            HIFR_REQUEST_DELAY,
            HIFR_HOURLY_NOTICE,
            HIFR_PROGRAM_START,
            HIFR_THRESHOLD,
            HIFR_START_THRESHOLD,
            HIFR_START_MONTHS,
            HIFR_SPECIAL_FEE_MAX_INSPECTIONS,
            HIFR_TRAINING_HOURS,
            HIFR_REPEAT_FROM_MONTHS,
            HIFR_REPEAT_YEARS,
            HIFR_PARTIAL_FAILS,
            HIFR_NOT_READY_FAILS,
            HIFR_MAX_REINSPECTION_HOURS,
            HIFR_HOURS_STEP);

    private InspectionSettings() {}
}

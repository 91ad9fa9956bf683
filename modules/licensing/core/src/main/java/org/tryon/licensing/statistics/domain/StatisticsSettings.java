package org.tryon.licensing.statistics.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/**
 * The thresholds of the item-statistics flags, effective-dated settings (every number a rule reads is one) with the
 * usual review thresholds of classical item analysis as defaults (domain facts, "Licensing examinations").
 */
public final class StatisticsSettings {

    private static final String BASIS = "107.1.5 C";

    public static final SettingKey<java.math.BigDecimal> MIN_DIFFICULTY = SettingKey.decimal(
            "licensing.statistics.min-p",
            "0.20",
            BASIS,
            "Item statistics: an item with a p-value (share right) below this is flagged for review");
    public static final SettingKey<java.math.BigDecimal> MAX_DIFFICULTY = SettingKey.decimal(
            "licensing.statistics.max-p",
            "0.95",
            BASIS,
            "Item statistics: an item with a p-value (share right) above this is flagged for review");
    public static final SettingKey<java.math.BigDecimal> MIN_DISCRIMINATION = SettingKey.decimal(
            "licensing.statistics.min-discrimination",
            "0.00",
            BASIS,
            "Item statistics: an item whose corrected point-biserial is below this (negative) is flagged for review");

    public static final List<SettingKey<?>> ALL = List.of(MIN_DIFFICULTY, MAX_DIFFICULTY, MIN_DISCRIMINATION);

    private StatisticsSettings() {}
}

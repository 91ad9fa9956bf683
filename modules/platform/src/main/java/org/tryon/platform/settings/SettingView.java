package org.tryon.platform.settings;

import java.time.LocalDate;
import java.util.List;

/** A setting as the settings screen and API show it: its default, its changes, and the value in force today. */
public record SettingView(
        String key,
        String kind,
        String section,
        String description,
        String defaultValue,
        String currentValue,
        List<Change> changes)
        implements java.io.Serializable {

    public record Change(LocalDate effectiveFrom, String value, String reason) implements java.io.Serializable {}

    /** A new value from a date on, with the reason (for example the ordinance revision). */
    public record NewValue(LocalDate effectiveFrom, String value, String reason) implements java.io.Serializable {}
}

package org.tryon.platform.settings;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The values of one setting over time: the ordinance's default, then each recorded change from
 * its effective date on. The value on a date is the latest change effective on or before that
 * date, or the default when no change is yet in force.
 */
public final class SettingTimeline<T> {

    private final SettingKey<T> key;
    private final NavigableMap<LocalDate, T> changes;

    public SettingTimeline(SettingKey<T> key, Map<LocalDate, T> changes) {
        this.key = key;
        this.changes = new TreeMap<>(changes);
    }

    public T valueOn(LocalDate date) {
        Map.Entry<LocalDate, T> entry = changes.floorEntry(date);
        return entry == null ? key.defaultValue() : entry.getValue();
    }

    public SettingKey<T> key() {
        return key;
    }

    public NavigableMap<LocalDate, T> changes() {
        return new TreeMap<>(changes);
    }
}

package org.tryon.licensing.sessions.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of the session rules that are not in an examination rule: effective-dated settings (ADR 0008, ADR 0035). */
public final class SessionSettings {

    public static final SettingKey<Integer> PAYMENT_HOLD_HOURS = SettingKey.integer(
            "licensing.payment-hold-hours",
            72,
            "107.1.5 C",
            "Hours an unpaid exam registration holds its seat; after them it no longer counts against the session's seats");
    public static final SettingKey<Integer> CHANGE_DEADLINE_DAYS = SettingKey.integer(
            "licensing.change-deadline-days",
            2,
            "107.1.5 C",
            "Days before an exam session until which a registration may be rescheduled, or cancelled without forfeiting the fee");

    public static final List<SettingKey<?>> ALL = List.of(PAYMENT_HOLD_HOURS, CHANGE_DEADLINE_DAYS);

    private SessionSettings() {}
}

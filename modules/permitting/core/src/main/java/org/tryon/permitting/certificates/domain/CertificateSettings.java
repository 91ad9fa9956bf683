package org.tryon.permitting.certificates.domain;

import java.util.List;
import org.tryon.platform.settings.SettingKey;

/** The numbers of temporary utilities and occupancy (108.11), effective-dated. */
public final class CertificateSettings {

    /**
     * 108.11.3: how long a temporary certificate of occupancy stays in force from its issue or
     * renewal. The ordinance text we hold does not give the period; 90 days is our assumption (a
     * common period for a TCO in North Carolina jurisdictions), for the department to confirm.
     */
    public static final SettingKey<Integer> TEMPORARY_CERTIFICATE_DAYS = SettingKey.integer(
            "permitting.certificates.tco-days",
            90,
            "108.11.3",
            "A temporary certificate of occupancy is in force for this many days from its issue or renewal (assumed: the "
                    + "ordinance text of 108.11.3 is not at hand)");

    public static final List<SettingKey<?>> ALL = List.of(TEMPORARY_CERTIFICATE_DAYS);

    private CertificateSettings() {}
}

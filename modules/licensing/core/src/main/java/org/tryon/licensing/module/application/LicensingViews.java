package org.tryon.licensing.module.application;

import java.time.LocalDate;

/** What licensing's screens and API show. */
public final class LicensingViews {

    private LicensingViews() {}

    public record TradeView(String code, String name) implements java.io.Serializable {}

    public record CertificateTypeView(
            String code,
            String name,
            String tradeCode,
            String tradeName,
            int experienceYears,
            String section,
            LocalDate examinedFrom,
            LocalDate examinedUntil,
            boolean examinedToday)
            implements java.io.Serializable {}

    public record CandidateView(
            long id,
            String name,
            String email,
            String phone,
            String certificateType,
            String certificateName,
            LocalDate enteredOn)
            implements java.io.Serializable {}
}

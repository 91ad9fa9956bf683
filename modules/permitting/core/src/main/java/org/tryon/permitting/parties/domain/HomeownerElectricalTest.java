package org.tryon.permitting.parties.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.tryon.platform.kernel.PermitHolder;
import org.tryon.platform.kernel.Trade;
import org.tryon.platform.text.UsFormat;

/**
 * 108.8 C: an owner who personally installs electrical work (an owner acting as their own contractor,
 * {@link PermitHolder.Kind#OWNER}, trade electrical) must have passed the county's homeowner electrical test. The
 * owner's application names the certificate's number; the permit is issued only when permitting's record of that
 * certificate (kept from licensing's events) exists, is the owner's (the holder's name equals the owner's, ignoring
 * case, accents and spacing), was issued on or before the day, is not suspended, revoked or expired. Whether the rule
 * applies is an effective-dated setting read on the application day, so permits applied for before it are unaffected.
 */
public final class HomeownerElectricalTest {

    public static final String RULE = "108.8 C homeowner test";
    public static final String FIELD = "homeownerCertificateNumber";

    private HomeownerElectricalTest() {}

    /**
     * The refusal, if any, of issuing on {@code day} a permit of {@code trade} held by {@code holder}.
     *
     * @param enteredNumber the certificate number on the owner's application, or null
     * @param certificate   permitting's record of that number, if any
     * @param required      whether the rule was in force on the application day
     */
    public static List<Violation> refusals(
            Trade trade,
            PermitHolder holder,
            String enteredNumber,
            Optional<HomeownerCertificate> certificate,
            LocalDate day,
            boolean required) {
        if (!required || trade != Trade.ELECTRICAL || holder.kind() != PermitHolder.Kind.OWNER) {
            return List.of();
        }
        String base = "108.8 C: an owner's electrical permit needs a passed homeowner electrical test; ";
        if (enteredNumber == null || enteredNumber.isBlank()) {
            return List.of(new Violation(
                    FIELD,
                    RULE,
                    base + "the application names no homeowner electrical certificate of " + holder.name()));
        }
        if (certificate.isEmpty()) {
            return List.of(
                    new Violation(FIELD, RULE, base + "there is no homeowner electrical certificate " + enteredNumber));
        }
        HomeownerCertificate c = certificate.get();
        if (!sameName(c.getHolderName(), holder.name())) {
            return List.of(new Violation(
                    FIELD, RULE, base + "certificate " + c.getNumber() + " is not " + holder.name() + "'s"));
        }
        if (c.getRevokedOn() != null && !c.getRevokedOn().isAfter(day)) {
            return List.of(new Violation(
                    FIELD,
                    RULE,
                    base + "certificate " + c.getNumber() + " was revoked on " + UsFormat.date(c.getRevokedOn())));
        }
        if (c.isSuspended()) {
            return List.of(new Violation(FIELD, RULE, base + "certificate " + c.getNumber() + " is suspended"));
        }
        if (c.getIssuedOn().isAfter(day) || c.getExpiresOn() != null && day.isAfter(c.getExpiresOn())) {
            return List.of(new Violation(
                    FIELD, RULE, base + "certificate " + c.getNumber() + " is not valid on " + UsFormat.date(day)));
        }
        return List.of();
    }

    /** Names match ignoring case, accents, punctuation and spacing ("Linh  Nguyen" = "linh nguyen"). */
    public static boolean sameName(String a, String b) {
        return key(a).equals(key(b));
    }

    private static String key(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}

package org.tryon.licensing.module.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.tryon.licensing.module.application.Licensing;
import org.tryon.licensing.module.application.LicensingViews.CertificateTypeView;

/**
 * Words for the codes the licensing records keep, on the screens: {@code #{licensingWords.status('AWAITING_PAYMENT')}}
 * gives "Awaiting payment", {@code #{licensingWords.certificate('JOURNEYMAN-ELECTRICIAN')}} "Journeyman Electrician".
 */
@Named("licensingWords")
@RequestScoped
public class LicensingWordsBean {

    @Inject
    Licensing licensing;

    private Map<String, String> certificateNames;

    /** Abbreviations kept in capitals when a code is shown as words ("EXPORT_QTI" reads "Export QTI"). */
    private static final java.util.regex.Pattern ACRONYMS =
            java.util.regex.Pattern.compile("(?i)\\b(qti|csv|pdf|id|ce)\\b");

    /** A status code in words: first letter capital, underscores as spaces ("NO_SHOW": "No show"); "" for none. */
    public String status(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String words = code.trim().replace('_', ' ').toLowerCase(Locale.ROOT);
        words = Character.toUpperCase(words.charAt(0)) + words.substring(1);
        return ACRONYMS.matcher(words).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
    }

    /** A certificate type's name, or its code when unknown. */
    public String certificate(String code) {
        if (code == null) {
            return "";
        }
        if (certificateNames == null) {
            certificateNames = licensing.certificateTypes().stream()
                    .collect(Collectors.toMap(CertificateTypeView::code, CertificateTypeView::name));
        }
        return certificateNames.getOrDefault(code, code);
    }
}

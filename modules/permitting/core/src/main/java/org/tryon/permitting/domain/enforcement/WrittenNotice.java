package org.tryon.permitting.domain.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.tryon.platform.errors.RuleViolationException;

/**
 * 106 "Written Notice": the record of how a written notice of the department reached its
 * addressee, and the rules every such record keeps, whatever the notice (an enforcement action of
 * 108.12, a notice of exceptions to an industrial machinery list of 108.10 G.1).
 *
 * <p>Rules: a registered letter has an article number (USPS: two letters, nine digits, "US"; or 20
 * to 22 digits) and the last address known; only registered mail has an article number; a delivery
 * cannot be before the notice was issued nor in the future.
 */
public interface WrittenNotice {

    Pattern ARTICLE_NUMBER = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}|\\d{20,22}");

    Long getId();
    DeliveryMethod getMethod();
    LocalDate getDeliveredOn();
    String getDeliveredBy();
    String getDeliveredTo();
    String getMailingAddress();
    String getArticleNumber();
    String getRecordedBy();
    Instant getRecordedAt();

    /**
     * Checks a delivery against 106 and returns the article number as kept (upper case, without
     * spaces or dashes; {@code null} unless sent by registered mail).
     */
    static String checkedArticleNumber(DeliveryMethod method, LocalDate issuedOn, LocalDate deliveredOn, LocalDate today,
            String mailingAddress, String articleNumber) {
        if (deliveredOn.isBefore(issuedOn)) {
            throw new RuleViolationException("deliveredOn", "106 written-notice.after-issue",
                    "A notice cannot be delivered before it was issued (" + issuedOn + ")");
        }
        if (deliveredOn.isAfter(today)) {
            throw new RuleViolationException("deliveredOn", "106 written-notice.not-future", "A delivery is recorded once it has happened");
        }
        String article = articleNumber == null ? null : articleNumber.replaceAll("[\\s-]", "").toUpperCase();
        if (method == DeliveryMethod.REGISTERED_MAIL) {
            if (article == null || article.isEmpty()) {
                throw new RuleViolationException("articleNumber", "106 registered-mail.article-number",
                        "106: a notice sent by registered mail is recorded with its mail article number");
            }
            if (!ARTICLE_NUMBER.matcher(article).matches()) {
                throw new RuleViolationException("articleNumber", "106 registered-mail.article-number",
                        "'" + articleNumber.trim() + "' is not a mail article number (RE123456789US, or 20 to 22 digits)");
            }
            if (mailingAddress == null || mailingAddress.isBlank()) {
                throw new RuleViolationException("mailingAddress", "106 registered-mail.last-known-address",
                        "106: registered mail goes to the last address known; say which address it was sent to");
            }
            return article;
        }
        if (article != null && !article.isEmpty()) {
            throw new RuleViolationException("articleNumber", "106 registered-mail.article-number",
                    "Only a notice sent by registered mail has a mail article number");
        }
        return null;
    }

    /** A text that is kept trimmed, and blank as none. */
    static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

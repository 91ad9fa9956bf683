package org.tryon.permitting.enforcement.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hibernate.envers.Audited;
import org.tryon.permitting.module.domain.Act;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * 106 "Written Notice": the record of how a written notice of the department reached its
 * addressee, and the rules every such record keeps, whatever the notice (an enforcement action of
 * 108.12, a notice of exceptions to an industrial machinery list of 108.10 G.1).
 *
 * <p>Rules: a registered letter has an article number (USPS: two letters, nine digits, "US"; or 20
 * to 22 digits) and the last address known; only registered mail has an article number; a delivery
 * cannot be before the notice was issued nor in the future.
 */
@MappedSuperclass
@Audited
public abstract class WrittenNotice {

    static final Pattern ARTICLE_NUMBER = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}|\\d{20,22}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private DeliveryMethod method;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(name = "delivered_by", nullable = false, length = 120)
    private String deliveredBy;

    @Column(name = "delivered_to", nullable = false, length = 200)
    private String deliveredTo;

    @Column(name = "mailing_address", length = 400)
    private String mailingAddress;

    @Column(name = "article_number", length = 30)
    private String articleNumber;

    /**
     * Who recorded the delivery, when (recorded_on, recorded_at, recorded_by, recorded_as). Recorded
     * before ADR 0044's amendment: the day as the county's date of the instant, no office.
     */
    @Embedded
    private Act recorded;

    protected WrittenNotice() {}

    /** Records the {@code delivery} of a notice issued on {@code issuedOn}, checked against 106 on the day it is {@code recorded}. */
    protected WrittenNotice(LocalDate issuedOn, Delivery delivery, Act recorded) {
        this.articleNumber = checkedArticleNumber(
                delivery.method(),
                issuedOn,
                delivery.deliveredOn(),
                recorded.on(),
                delivery.mailingAddress(),
                delivery.articleNumber());
        this.method = delivery.method();
        this.deliveredOn = delivery.deliveredOn();
        this.deliveredBy = delivery.deliveredBy().trim();
        this.deliveredTo = delivery.deliveredTo().trim();
        this.mailingAddress = optional(delivery.mailingAddress());
        this.recorded = recorded;
    }

    public Long getId() {
        return id;
    }

    public DeliveryMethod getMethod() {
        return method;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getDeliveredBy() {
        return deliveredBy;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public String getMailingAddress() {
        return mailingAddress;
    }

    public String getArticleNumber() {
        return articleNumber;
    }

    public Act getRecorded() {
        return recorded;
    }

    /**
     * Checks a delivery against 106 and returns the article number as kept (upper case, without
     * spaces or dashes; {@code null} unless sent by registered mail).
     */
    private static String checkedArticleNumber(
            DeliveryMethod method,
            LocalDate issuedOn,
            LocalDate deliveredOn,
            LocalDate today,
            String mailingAddress,
            String articleNumber) {
        if (deliveredOn.isBefore(issuedOn)) {
            throw new RuleViolationException(
                    "deliveredOn",
                    "106 written-notice.after-issue",
                    "A notice cannot be delivered before it was issued (" + UsFormat.date(issuedOn) + ")");
        }
        if (deliveredOn.isAfter(today)) {
            throw new RuleViolationException(
                    "deliveredOn", "106 written-notice.not-future", "A delivery is recorded once it has happened");
        }
        String article = articleNumber == null
                ? null
                : articleNumber.replaceAll("[\\s-]", "").toUpperCase();
        if (method == DeliveryMethod.REGISTERED_MAIL) {
            if (article == null || article.isEmpty()) {
                throw new RuleViolationException(
                        "articleNumber",
                        "106 registered-mail.article-number",
                        "106: a notice sent by registered mail is recorded with its mail article number");
            }
            if (!ARTICLE_NUMBER.matcher(article).matches()) {
                throw new RuleViolationException(
                        "articleNumber",
                        "106 registered-mail.article-number",
                        "'" + articleNumber.trim()
                                + "' is not a mail article number (RE123456789US, or 20 to 22 digits)");
            }
            if (mailingAddress == null || mailingAddress.isBlank()) {
                throw new RuleViolationException(
                        "mailingAddress",
                        "106 registered-mail.last-known-address",
                        "106: registered mail goes to the last address known; say which address it was sent to");
            }
            return article;
        }
        if (article != null && !article.isEmpty()) {
            throw new RuleViolationException(
                    "articleNumber",
                    "106 registered-mail.article-number",
                    "Only a notice sent by registered mail has a mail article number");
        }
        return null;
    }

    /** A text that is kept trimmed, and blank as none. */
    public static String optional(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}

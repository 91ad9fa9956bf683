package org.tryon.permitting.domain.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.tryon.platform.errors.RuleViolationException;

/**
 * How and when the written notice of an enforcement action was delivered (106 "Written Notice"):
 * who delivered it, on which day, to whom, and for registered mail the address and the mail
 * article number. Never changed once recorded.
 *
 * <p>Rules: a registered letter has an article number (USPS: two letters, nine digits, "US"; or 20
 * to 22 digits) and the last address known; a delivery cannot be before the action was issued nor
 * in the future; only a notice of condemnation or of its hearing is posted on the building
 * (108.12.4, 108.12.6).
 */
@Entity
@Immutable
@Audited
@Table(name = "perm_notice_delivery")
public class NoticeDelivery {

    private static final Pattern ARTICLE_NUMBER = Pattern.compile("[A-Z]{2}\\d{9}[A-Z]{2}|\\d{20,22}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "action_id", nullable = false)
    private Long actionId;

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

    @Column(name = "recorded_by", nullable = false, length = 60)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected NoticeDelivery() {
    }

    NoticeDelivery(EnforcementAction action, DeliveryMethod method, LocalDate deliveredOn, String deliveredBy, String deliveredTo,
            String mailingAddress, String articleNumber, LocalDate today, String recordedBy, Instant recordedAt) {
        if (deliveredOn.isBefore(action.getIssuedOn())) {
            throw new RuleViolationException("deliveredOn", "106 written-notice.after-issue",
                    "A notice cannot be delivered before it was issued (" + action.getIssuedOn() + ")");
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
        } else if (article != null && !article.isEmpty()) {
            throw new RuleViolationException("articleNumber", "106 registered-mail.article-number",
                    "Only a notice sent by registered mail has a mail article number");
        }
        if (method == DeliveryMethod.POSTED_ON_BUILDING && action.getKind() != EnforcementKind.CONDEMNATION
                && action.getKind() != EnforcementKind.HEARING_NOTICE) {
            throw new RuleViolationException("method", "108.12.4 posting",
                    "Only a notice of condemnation (108.12.4) or of its hearing (108.12.6) is posted on the building; "
                            + "a " + action.getKind().title().toLowerCase() + " is delivered in person or by registered mail (106)");
        }
        this.actionId = action.getId();
        this.method = method;
        this.deliveredOn = deliveredOn;
        this.deliveredBy = deliveredBy.trim();
        this.deliveredTo = deliveredTo.trim();
        this.mailingAddress = mailingAddress == null || mailingAddress.isBlank() ? null : mailingAddress.trim();
        this.articleNumber = method == DeliveryMethod.REGISTERED_MAIL ? article : null;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public Long getActionId() { return actionId; }
    public DeliveryMethod getMethod() { return method; }
    public LocalDate getDeliveredOn() { return deliveredOn; }
    public String getDeliveredBy() { return deliveredBy; }
    public String getDeliveredTo() { return deliveredTo; }
    public String getMailingAddress() { return mailingAddress; }
    public String getArticleNumber() { return articleNumber; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}

package org.tryon.licensing.delivery.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.text.UsFormat;

/**
 * One sitting of a form by a checked-in candidate (106), on screen (the kiosk) or on paper (a sheet keyed or
 * imported). One per registration. Its answers are rows of {@code lic_response}, each saved as it is given.
 */
@Entity
@Table(name = "lic_attempt")
public class ExamAttempt {

    public static final String SCREEN = "SCREEN";
    public static final String PAPER = "PAPER";
    public static final String IN_PROGRESS = "IN_PROGRESS";
    public static final String SUBMITTED = "SUBMITTED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "form_id", nullable = false)
    private long formId;

    @Column(nullable = false, length = 10)
    private String mode;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "allowed_seconds", nullable = false)
    private int allowedSeconds;

    @Column(name = "used_seconds", nullable = false)
    private int usedSeconds;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(nullable = false, length = 20)
    private String status;

    @Column(name = "submitted_how", length = 20)
    private String submittedHow;

    @Version
    private long version;

    protected ExamAttempt() {}

    private ExamAttempt(long registrationId, long formId, String mode, Instant startedAt, int allowedSeconds) {
        this.registrationId = registrationId;
        this.formId = formId;
        this.mode = mode;
        this.startedAt = startedAt;
        this.allowedSeconds = allowedSeconds;
        this.status = IN_PROGRESS;
    }

    /** The candidate starts on the kiosk: the server's clock starts now. */
    public static ExamAttempt onScreen(long registrationId, long formId, Instant now, int allowedSeconds) {
        return new ExamAttempt(registrationId, formId, SCREEN, Objects.requireNonNull(now), allowedSeconds);
    }

    /** A paper answer sheet, keyed or imported after the session: submitted as it is recorded. */
    public static ExamAttempt onPaper(long registrationId, long formId, int allowedSeconds, Instant now, String how) {
        ExamAttempt a = new ExamAttempt(registrationId, formId, PAPER, null, allowedSeconds);
        a.status = SUBMITTED;
        a.submittedAt = now;
        a.submittedHow = how;
        a.usedSeconds = 0;
        return a;
    }

    public ExamTime time() {
        if (startedAt == null) {
            throw new IllegalStateException("A paper attempt has no kiosk time");
        }
        return new ExamTime(startedAt, allowedSeconds);
    }

    /**
     * Submits the attempt: by the candidate (before the time is up) or by the server at time-out (then the
     * submission is dated at the deadline, not when the server noticed).
     */
    public void submit(Instant now, boolean timeOut) {
        if (!IN_PROGRESS.equals(status)) {
            throw new RuleViolationException(
                    "attempt", "106", "The attempt was already submitted at " + UsFormat.dateTime(submittedAt));
        }
        ExamTime t = time();
        Instant at = t.isUp(now) ? t.deadline() : now;
        this.submittedAt = at;
        this.usedSeconds = t.usedSeconds(at);
        this.submittedHow = timeOut || t.isUp(now) ? "TIME_OUT" : "CANDIDATE";
        this.status = SUBMITTED;
    }

    public boolean isInProgress() {
        return IN_PROGRESS.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public long getFormId() {
        return formId;
    }

    public String getMode() {
        return mode;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public int getAllowedSeconds() {
        return allowedSeconds;
    }

    public int getUsedSeconds() {
        return usedSeconds;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getStatus() {
        return status;
    }

    public String getSubmittedHow() {
        return submittedHow;
    }
}

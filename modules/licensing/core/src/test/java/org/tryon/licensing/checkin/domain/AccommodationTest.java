package org.tryon.licensing.checkin.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.errors.RuleViolationException;

class AccommodationTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 12, 12, 9, 0);
    private static final byte[] PDF = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);

    private static Accommodation extraTime() {
        return new Accommodation(
                1,
                AccommodationKind.EXTRA_TIME,
                30,
                "Dyslexia; letter of Dr. Smith",
                "LTR-17",
                null,
                null,
                "examiner",
                Instant.EPOCH);
    }

    @Test
    @DisplayName(
            "Domain facts: accommodations are approved before the session; at or after its start refused, naming the rule")
    void approvedBeforeTheSession() {
        Accommodation a = extraTime();
        a.approve("examiner", Instant.EPOCH, START.minusMinutes(1), START, null);
        assertThat(a.getStatus()).isEqualTo(Accommodation.Status.APPROVED);
        Accommodation late = extraTime();
        assertThatThrownBy(() -> late.approve("examiner", Instant.EPOCH, START, START, null))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("approved before the session");
        assertThatThrownBy(() -> late.refuse("examiner", Instant.EPOCH, START.plusHours(1), START, "too late"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(
                                ((RuleViolationException) e).violations().get(0).rule())
                        .isEqualTo("accommodation.before-session"));
        assertThat(late.getStatus()).isEqualTo(Accommodation.Status.REQUESTED);
    }

    @Test
    @DisplayName("A decision is taken once; a refusal names its reason")
    void decidedOnce() {
        Accommodation a = extraTime();
        assertThatThrownBy(() -> a.refuse("examiner", Instant.EPOCH, START.minusDays(1), START, " "))
                .hasMessageContaining("Say why");
        a.refuse("examiner", Instant.EPOCH, START.minusDays(1), START, "No documentation of the need");
        assertThatThrownBy(() -> a.approve("examiner", Instant.EPOCH, START.minusDays(1), START, null))
                .hasMessageContaining("already refused");
    }

    @Test
    @DisplayName(
            "Domain facts: requested with documentation: a reference or a PDF, PNG or JPEG file of at most 2 MiB; extra time names 1 to 480 minutes")
    void documentation() {
        assertThatThrownBy(() -> new Accommodation(
                        1, AccommodationKind.READER, null, "Blind", null, null, null, "e", Instant.EPOCH))
                .hasMessageContaining("documentation");
        Accommodation withFile = new Accommodation(
                1, AccommodationKind.READER, null, "Blind", null, "../letter.pdf", PDF, "e", Instant.EPOCH);
        assertThat(withFile.getDocumentType()).isEqualTo("application/pdf");
        assertThat(withFile.getDocumentName()).doesNotContain("/");
        assertThat(Accommodation.documentType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .isEqualTo("image/jpeg");
        assertThatThrownBy(() -> new Accommodation(
                        1,
                        AccommodationKind.READER,
                        null,
                        "Blind",
                        null,
                        "x.exe",
                        "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1),
                        "e",
                        Instant.EPOCH))
                .hasMessageContaining("PDF, PNG or JPEG");
        byte[] big = new byte[Accommodation.MAX_DOCUMENT_BYTES + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        assertThatThrownBy(() -> Accommodation.documentType(big)).hasMessageContaining("at most 2 MiB");
        assertThatThrownBy(() ->
                        new Accommodation(1, AccommodationKind.EXTRA_TIME, 0, "x", "r", null, null, "e", Instant.EPOCH))
                .hasMessageContaining("1 to 480");
        assertThatThrownBy(() -> new Accommodation(
                        1, AccommodationKind.EXTRA_TIME, 481, "x", "r", null, null, "e", Instant.EPOCH))
                .hasMessageContaining("1 to 480");
        assertThat(new Accommodation(1, AccommodationKind.EXTRA_TIME, 480, "x", "r", null, null, "e", Instant.EPOCH)
                        .getExtraMinutes())
                .isEqualTo(480);
        assertThatThrownBy(() ->
                        new Accommodation(1, AccommodationKind.READER, 30, "x", "r", null, null, "e", Instant.EPOCH))
                .hasMessageContaining("Only extra time");
    }

    @Test
    @DisplayName(
            "107.1.5 C.2: the subcommittee's decision on a referral is recorded once, between the referral and today")
    void referralDecidedOnce() {
        LocalDate today = LocalDate.of(2026, 12, 20);
        Referral r = new Referral(1, LocalDate.of(2026, 12, 12));
        assertThatThrownBy(() -> r.decide(LocalDate.of(2026, 12, 11), "R-1", "Barred", today, "e", Instant.EPOCH))
                .hasMessageContaining("between");
        assertThatThrownBy(() -> r.decide(today.plusDays(1), "R-1", "Barred", today, "e", Instant.EPOCH))
                .hasMessageContaining("between");
        r.decide(
                today,
                "LSC 2026-04",
                "Result stands invalidated; may retake after the waiting period",
                today,
                "examiner",
                Instant.EPOCH);
        assertThat(r.getDecidedOn()).isEqualTo(today);
        assertThatThrownBy(() -> r.decide(today, "LSC 2026-05", "Other", today, "e", Instant.EPOCH))
                .hasMessageContaining("107.1.5 C.2");
    }

    @Test
    @DisplayName("An irregularity is recorded after it happened, with a description; its kind decides the invalidation")
    void irregularity() {
        LocalDateTime now = START.plusHours(1);
        assertThat(new Irregularity(
                                1,
                                IrregularityKind.NOTES_IN_REFERENCE_BOOK,
                                now,
                                now,
                                "Notes in the NEC",
                                "p",
                                Instant.EPOCH)
                        .isInvalidates())
                .isTrue();
        assertThat(new Irregularity(1, IrregularityKind.DISTURBANCE, now, now, "Phone rang", "p", Instant.EPOCH)
                        .isInvalidates())
                .isFalse();
        assertThatThrownBy(() -> new Irregularity(
                        1, IrregularityKind.CHEATING, now.plusMinutes(1), now, "x", "p", Instant.EPOCH))
                .hasMessageContaining("after it happened");
        assertThatThrownBy(() -> new Irregularity(1, IrregularityKind.CHEATING, now, now, " ", "p", Instant.EPOCH))
                .hasMessageContaining("Describe");
    }
}

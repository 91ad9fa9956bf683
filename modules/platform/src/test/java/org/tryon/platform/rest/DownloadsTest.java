package org.tryon.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.platform.rest.Downloads.Disposition;

class DownloadsTest {

    @Test
    @DisplayName("Downloads: a plain ASCII name is sent exactly as the hand-built headers sent it")
    void plainName() {
        assertThat(Downloads.contentDisposition(Disposition.INLINE, "minutes-12.pdf"))
                .isEqualTo("inline; filename=\"minutes-12.pdf\"");
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "revenue-2026-01-01-2026-01-31.csv"))
                .isEqualTo("attachment; filename=\"revenue-2026-01-01-2026-01-31.csv\"");
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "notice ENF 2026 7.pdf"))
                .as("spaces are allowed inside the quoted string")
                .isEqualTo("attachment; filename=\"notice ENF 2026 7.pdf\"");
    }

    @Test
    @DisplayName(
            "Downloads: quotes and backslashes cannot end the quoted file name; the exact name goes in filename* (RFC 6266)")
    void quotes() {
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "a\"; filename=\"evil.exe"))
                .isEqualTo(
                        "attachment; filename=\"a_; filename=_evil.exe\"; filename*=UTF-8''a%22%3B%20filename%3D%22evil.exe");
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "c:\\x.pdf"))
                .isEqualTo("attachment; filename=\"c:_x.pdf\"; filename*=UTF-8''c%3A%5Cx.pdf");
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "a\r\nSet-Cookie: x.pdf"))
                .as("no header injection")
                .doesNotContain("\r")
                .doesNotContain("\n");
    }

    @Test
    @DisplayName(
            "Downloads: a non-ASCII name keeps an ASCII fallback and is sent exactly, UTF-8 percent-encoded, in filename*")
    void nonAscii() {
        assertThat(Downloads.contentDisposition(Disposition.ATTACHMENT, "médecin-Ñandú.pdf"))
                .isEqualTo(
                        "attachment; filename=\"medecin-Nandu.pdf\"; filename*=UTF-8''m%C3%A9decin-%C3%91and%C3%BA.pdf");
        assertThat(Downloads.contentDisposition(Disposition.INLINE, "€ 5.csv"))
                .isEqualTo("inline; filename=\"_ 5.csv\"; filename*=UTF-8''%E2%82%AC%205.csv");
    }

    @Test
    @DisplayName("Downloads: the media types are those the resources answered before")
    void mediaTypes() {
        assertThat(Downloads.PDF).isEqualTo("application/pdf");
        assertThat(Downloads.CSV).isEqualTo("text/csv; charset=UTF-8");
        assertThat(Downloads.ZIP).isEqualTo("application/zip");
    }

    @Test
    @DisplayName("Downloads: a download without a file name is a programming error")
    void noName() {
        assertThatThrownBy(() -> Downloads.contentDisposition(Disposition.INLINE, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

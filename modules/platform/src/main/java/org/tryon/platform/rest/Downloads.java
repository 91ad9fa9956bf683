package org.tryon.platform.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.tryon.platform.pdf.PdfDocumentBuilder;

/**
 * The one place that answers a file download: the media type and a safe {@code Content-Disposition} (RFC 6266). A plain
 * ASCII name is sent as {@code filename="..."} alone, as browsers and clients have always read it; a name with quotes,
 * backslashes, control characters or non-ASCII letters gets an ASCII fallback in {@code filename} and the exact name in
 * {@code filename*} (RFC 5987, UTF-8, percent-encoded), so no file name can break the header.
 */
public final class Downloads {

    /** CSV exports: UTF-8, as every export writes them. */
    public static final String CSV = "text/csv; charset=UTF-8";

    public static final String PDF = PdfDocumentBuilder.MEDIA_TYPE;
    public static final String ZIP = "application/zip";

    /** Shown in the browser (a letter, a report to read), or saved as a file. */
    public enum Disposition {
        INLINE("inline"),
        ATTACHMENT("attachment");

        private final String token;

        Disposition(String token) {
            this.token = token;
        }
    }

    private Downloads() {}

    /** A PDF the browser shows. */
    public static Response inlinePdf(byte[] pdf, String fileName) {
        return file(pdf, PDF, Disposition.INLINE, fileName);
    }

    /** A PDF saved as a file. */
    public static Response pdf(byte[] pdf, String fileName) {
        return file(pdf, PDF, Disposition.ATTACHMENT, fileName);
    }

    /** A CSV built in memory, saved as a file. */
    public static Response csv(String csv, String fileName) {
        return file(csv, CSV, Disposition.ATTACHMENT, fileName);
    }

    /** A CSV streamed while it is written (large exports), saved as a file. */
    public static Response csv(StreamingOutput csv, String fileName) {
        return file(csv, CSV, Disposition.ATTACHMENT, fileName);
    }

    /** Any other file saved as such (a ZIP, an uploaded document). */
    public static Response attachment(Object body, String mediaType, String fileName) {
        return builder(body, mediaType, Disposition.ATTACHMENT, fileName).build();
    }

    public static Response file(Object body, String mediaType, Disposition disposition, String fileName) {
        return builder(body, mediaType, disposition, fileName).build();
    }

    /** For a download that needs one more header. */
    public static Response.ResponseBuilder builder(
            Object body, String mediaType, Disposition disposition, String fileName) {
        return Response.ok(body, mediaType).header("Content-Disposition", contentDisposition(disposition, fileName));
    }

    /** The header's value: {@code attachment; filename="a.pdf"}, with {@code filename*} when the name is not plain ASCII. */
    public static String contentDisposition(Disposition disposition, String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("a download needs a file name");
        }
        String value = disposition.token + "; filename=\"" + asciiFallback(fileName) + "\"";
        return plain(fileName) ? value : value + "; filename*=UTF-8''" + percentEncode(fileName);
    }

    private static boolean plain(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static String asciiFallback(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            out.append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' ? '_' : c);
        }
        return out.toString();
    }

    /** RFC 5987 attr-char stays as it is; every other byte of the UTF-8 form is %XX. */
    private static String percentEncode(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}

package org.tryon.platform.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tryon.platform.text.UsFormat;

/**
 * Builds one printable document of the department: a letterhead (county and department), a title
 * and reference, the date, an addressee block, a table of facts, sections of text, a signature
 * line and, on every page, a footer with the county, the reference, the page and the day the PDF
 * was generated. Notices of enforcement (108.12), certificates, fee statements and recap sheets
 * all have this shape.
 *
 * <p>Not thread-safe; build, render once. The PDF's document information (title, subject,
 * keywords) repeats the title and reference, so a mail room or a test can read them without a
 * PDF parser.
 */
public final class PdfDocumentBuilder {

    /** The media type of what {@link #render()} returns. */
    public static final String MEDIA_TYPE = "application/pdf";

    private static final Font LETTERHEAD = new Font(Font.HELVETICA, 10, Font.BOLD, new Color(0x33, 0x33, 0x33));
    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL);
    private static final Font SMALL = new Font(Font.HELVETICA, 8, Font.NORMAL, Color.DARK_GRAY);

    private final String title;
    private String county = "";
    private String department = "";
    private String reference;
    private LocalDate dated;
    private LocalDate generatedOn;
    private String addresseeName;
    private final List<String> addresseeLines = new ArrayList<>();
    private final List<String[]> facts = new ArrayList<>();
    private final List<String[]> sections = new ArrayList<>();
    private String signatureName;
    private String signatureRole;

    private PdfDocumentBuilder(String title) {
        this.title = requireText(title, "title");
    }

    /** A document with this title ("Stop order", "Certificate of compliance"). */
    public static PdfDocumentBuilder titled(String title) {
        return new PdfDocumentBuilder(title);
    }

    /** The issuer printed on the letterhead and in every page's footer. */
    public PdfDocumentBuilder issuer(String county, String department) {
        this.county = Objects.requireNonNullElse(county, "");
        this.department = Objects.requireNonNullElse(department, "");
        return this;
    }

    /** The document's own number, printed under the title and in the footer. */
    public PdfDocumentBuilder reference(String reference) {
        this.reference = reference;
        return this;
    }

    /** The date the document speaks from (the day the order was issued, the statement date). */
    public PdfDocumentBuilder dated(LocalDate dated) {
        this.dated = dated;
        return this;
    }

    /** The county's day this PDF is produced (from the application's clock, see {@code Letterhead}), printed in the footer. */
    public PdfDocumentBuilder generatedOn(LocalDate day) {
        this.generatedOn = Objects.requireNonNull(day);
        return this;
    }

    /** To whom the document is addressed: a name and the lines of the address, blank lines skipped. */
    public PdfDocumentBuilder addressee(String name, List<String> addressLines) {
        this.addresseeName = requireText(name, "addressee");
        addressLines.stream()
                .filter(l -> l != null && !l.isBlank())
                .map(String::trim)
                .forEach(addresseeLines::add);
        return this;
    }

    /** One row of the table of facts (permit number, address, section); a blank value is left out. */
    public PdfDocumentBuilder fact(String label, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new String[] {requireText(label, "label"), value.trim()});
        }
        return this;
    }

    /** A section of text under a heading; a blank text is left out. */
    public PdfDocumentBuilder section(String heading, String text) {
        if (text != null && !text.isBlank()) {
            sections.add(new String[] {requireText(heading, "heading"), text.trim()});
        }
        return this;
    }

    /** Who signs: the name and the office ("J. Smith", "Inspector for the Administrator"). */
    public PdfDocumentBuilder signature(String name, String role) {
        this.signatureName = requireText(name, "signature");
        this.signatureRole = role;
        return this;
    }

    /** The PDF. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.LETTER, 60, 60, 60, 70);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Footer());
            document.addTitle(reference == null ? title : title + " " + reference);
            document.addSubject(title);
            document.addKeywords(String.join(" ", nonBlank(title, reference, county)));
            document.addCreator(department.isBlank() ? county : county + " " + department);
            document.addCreationDate();
            document.open();
            letterhead(document);
            addressBlock(document);
            factsTable(document);
            for (String[] s : sections) {
                Paragraph heading = new Paragraph(s[0], HEADING);
                heading.setSpacingBefore(10);
                document.add(heading);
                for (String paragraph : s[1].split("\\R\\s*\\R")) {
                    Paragraph p = new Paragraph(paragraph.trim(), BODY);
                    p.setSpacingBefore(3);
                    document.add(p);
                }
            }
            signatureBlock(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not render the document '" + title + "'", e);
        }
        return out.toByteArray();
    }

    private void letterhead(Document document) throws DocumentException {
        if (!county.isBlank() || !department.isBlank()) {
            Paragraph head = new Paragraph(
                    String.join(" - ", nonBlank(county, department)).toUpperCase(), LETTERHEAD);
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
        }
        Paragraph t = new Paragraph(title, TITLE);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(8);
        document.add(t);
        List<String> line = new ArrayList<>();
        if (reference != null && !reference.isBlank()) {
            line.add("No. " + reference);
        }
        if (dated != null) {
            line.add("Dated " + UsFormat.date(dated));
        }
        if (!line.isEmpty()) {
            Paragraph p = new Paragraph(String.join("    ", line), BODY);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(12);
            document.add(p);
        }
    }

    private void addressBlock(Document document) throws DocumentException {
        if (addresseeName == null) {
            return;
        }
        Paragraph to = new Paragraph();
        to.add(new Chunk("To: ", HEADING));
        to.add(new Chunk(addresseeName, BODY));
        document.add(to);
        for (String l : addresseeLines) {
            Paragraph p = new Paragraph(l, BODY);
            p.setIndentationLeft(20);
            document.add(p);
        }
    }

    private void factsTable(Document document) throws DocumentException {
        if (facts.isEmpty()) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {1, 2.6f});
        table.setWidthPercentage(100);
        table.setSpacingBefore(10);
        for (String[] f : facts) {
            PdfPCell label = new PdfPCell(new Phrase(f[0], HEADING));
            label.setBackgroundColor(new Color(0xF0, 0xF0, 0xF0));
            label.setPadding(4);
            PdfPCell value = new PdfPCell(new Phrase(f[1], BODY));
            value.setPadding(4);
            table.addCell(label);
            table.addCell(value);
        }
        document.add(table);
    }

    private void signatureBlock(Document document) throws DocumentException {
        if (signatureName == null) {
            return;
        }
        Paragraph line = new Paragraph("______________________________", BODY);
        line.setSpacingBefore(30);
        document.add(line);
        document.add(new Paragraph(signatureName, BODY));
        if (signatureRole != null && !signatureRole.isBlank()) {
            document.add(new Paragraph(signatureRole, BODY));
        }
        if (!county.isBlank() || !department.isBlank()) {
            document.add(new Paragraph(String.join(", ", nonBlank(department, county)), BODY));
        }
    }

    /** The footer of every page: county, reference, page number and the day the PDF was generated. */
    private final class Footer extends PdfPageEventHelper {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            PdfContentByte canvas = writer.getDirectContent();
            String text = String.join(
                    "  |  ",
                    nonBlank(
                            county,
                            reference,
                            "Page " + writer.getPageNumber(),
                            generatedOn == null ? null : "Generated " + UsFormat.date(generatedOn)));
            Rectangle page = document.getPageSize();
            ColumnText.showTextAligned(
                    canvas,
                    Element.ALIGN_CENTER,
                    new Phrase(text, SMALL),
                    (page.getLeft() + page.getRight()) / 2,
                    page.getBottom() + 30,
                    0);
        }
    }

    private static List<String> nonBlank(String... parts) {
        List<String> list = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                list.add(p.trim());
            }
        }
        return list;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A document needs a " + what);
        }
        return value.trim();
    }
}

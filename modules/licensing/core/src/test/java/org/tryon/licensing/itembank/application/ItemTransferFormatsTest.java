package org.tryon.licensing.itembank.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.platform.errors.RuleViolationException;

/** The item bank's formats: IMS QTI 2.1 content packages and CSV, read back equal; refusals name the item, field and rule. */
class ItemTransferFormatsTest {

    static final List<ItemRecord> RECORDS = List.of(
            new ItemRecord(
                    "JE-001",
                    "JOURNEYMAN-ELECTRICIAN",
                    1,
                    "ACTIVE",
                    true,
                    new ItemContent(
                            "Two rods are separated by at least how much?",
                            List.of("4 ft", "6 ft", "8 ft", "10 ft"),
                            "B",
                            "NEC 250 Grounding and bonding",
                            "NEC 250.53(A)(3)",
                            "Dana Whitfield")),
            new ItemRecord(
                    "JE-001",
                    "JOURNEYMAN-ELECTRICIAN",
                    2,
                    "DRAFT",
                    false,
                    new ItemContent(
                            "Two rod electrodes are at least how far apart?",
                            List.of("4 ft", "6 ft", "8 ft", "10 ft", "=SUM(A1)"),
                            "B",
                            "NEC 250 Grounding and bonding",
                            null,
                            "Dana Whitfield")),
            new ItemRecord(
                    "HO-007",
                    "HOMEOWNER-ELECTRICAL",
                    1,
                    "APPROVED",
                    false,
                    new ItemContent(
                            "Where do \"tamper-resistant\" <receptacles> & " + "covers go,\nin a home?",
                            List.of("Everywhere", "Nowhere", "Only kitchens", "Only garages", "Only outdoors"),
                            "E",
                            "NEC 406 Receptacles",
                            "NEC 406.12",
                            "Tom Bellamy")));

    @Test
    @DisplayName(
            "IMS QTI 2.1: a content package with imsmanifest.xml and one choiceInteraction item per version reads back equal")
    void qtiRoundTrip() throws Exception {
        byte[] zip = QtiPackage.write(RECORDS);
        List<String> names = new java.util.ArrayList<>();
        String item = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("items/JE-001-v1.xml")) {
                    item = text;
                }
            }
        }
        assertThat(names)
                .contains("imsmanifest.xml", "items/JE-001-v1.xml", "items/JE-001-v2.xml", "items/HO-007-v1.xml");
        assertThat(item)
                .contains("http://www.imsglobal.org/xsd/imsqti_v2p1")
                .contains("cardinality=\"single\"")
                .contains("baseType=\"identifier\"")
                .contains("<correctResponse>")
                .contains("<choiceInteraction")
                .contains("maxChoices=\"1\"");
        List<ItemRecord> back = QtiPackage.read(new ByteArrayInputStream(zip), null, "examiner");
        assertThat(back)
                .isEqualTo(RECORDS.stream()
                        .map(r -> new ItemRecord(
                                r.code(),
                                r.certificateType(),
                                r.number(),
                                r.status(),
                                r.administered(),
                                new ItemContent(
                                        r.content().stem().replaceAll("\\s+", " "),
                                        r.content().options(),
                                        r.content().key(),
                                        r.content().contentArea(),
                                        r.content().reference(),
                                        r.content().author())))
                        .toList());
    }

    @Test
    @DisplayName(
            "IMS QTI 2.1: an item of another tool (choices ChoiceA..., no Tryon metadata) is read by its choices' order and label")
    void foreignItem() throws Exception {
        String manifest = "<manifest xmlns=\"http://www.imsglobal.org/xsd/imscp_v1p1\" identifier=\"m\"><resources>"
                + "<resource identifier=\"r1\" type=\"imsqti_item_xmlv2p1\" href=\"q1.xml\"><file href=\"q1.xml\"/></resource></resources></manifest>";
        String item =
                "<assessmentItem xmlns=\"http://www.imsglobal.org/xsd/imsqti_v2p1\" identifier=\"q1\" title=\"Q\" label=\"NEC 314 Boxes\""
                        + " adaptive=\"false\" timeDependent=\"false\"><responseDeclaration identifier=\"R\" cardinality=\"single\" baseType=\"identifier\">"
                        + "<correctResponse><value>ChoiceC</value></correctResponse></responseDeclaration><itemBody><p>How much volume per 12 AWG conductor?</p>"
                        + "<choiceInteraction responseIdentifier=\"R\" shuffle=\"true\" maxChoices=\"1\"><simpleChoice identifier=\"ChoiceA\">2.00</simpleChoice>"
                        + "<simpleChoice identifier=\"ChoiceB\">2.50</simpleChoice><simpleChoice identifier=\"ChoiceC\">2.25</simpleChoice>"
                        + "<simpleChoice identifier=\"ChoiceD\">3.00</simpleChoice></choiceInteraction></itemBody></assessmentItem>";
        List<ItemRecord> read = QtiPackage.read(
                new ByteArrayInputStream(zip("imsmanifest.xml", manifest, "q1.xml", item)),
                "JOURNEYMAN-ELECTRICIAN",
                "examiner");
        assertThat(read).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("q1");
            assertThat(r.certificateType()).isEqualTo("JOURNEYMAN-ELECTRICIAN");
            assertThat(r.content().stem()).isEqualTo("How much volume per 12 AWG conductor?");
            assertThat(r.content().key()).isEqualTo("C");
            assertThat(r.content().contentArea()).isEqualTo("NEC 314 Boxes");
        });
    }

    @Test
    @DisplayName(
            "IMS QTI 2.1: a multiple-cardinality response, a missing manifest and a broken item are refused naming the item, field and rule")
    void qtiRefusals() throws Exception {
        byte[] good = QtiPackage.write(RECORDS.subList(0, 1));
        String item = new String(entry(good, "items/JE-001-v1.xml"), StandardCharsets.UTF_8)
                .replace("cardinality=\"single\"", "cardinality=\"multiple\"");
        byte[] multiple = zip(
                "imsmanifest.xml",
                new String(entry(good, "imsmanifest.xml"), StandardCharsets.UTF_8),
                "items/JE-001-v1.xml",
                item);
        assertThatThrownBy(() -> QtiPackage.read(new ByteArrayInputStream(multiple), null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    RuleViolationException.Violation v =
                            ((RuleViolationException) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("item JE-001 responseDeclaration");
                    assertThat(v.rule()).isEqualTo("qti-single-identifier");
                });
        assertThatThrownBy(() -> QtiPackage.read(new ByteArrayInputStream(zip("x.xml", "<a/>")), null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("imsmanifest.xml");
        String noKey = new String(entry(good, "items/JE-001-v1.xml"), StandardCharsets.UTF_8)
                .replace("<value>B</value>", "<value>Z</value>");
        byte[] badKey = zip(
                "imsmanifest.xml",
                new String(entry(good, "imsmanifest.xml"), StandardCharsets.UTF_8),
                "items/JE-001-v1.xml",
                noKey);
        assertThatThrownBy(() -> QtiPackage.read(new ByteArrayInputStream(badKey), null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).violations())
                        .extracting(RuleViolationException.Violation::field)
                        .contains("item JE-001 (items/JE-001-v1.xml) key"));
        String doctype =
                "<?xml version=\"1.0\"?><!DOCTYPE m [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><manifest>&x;</manifest>";
        assertThatThrownBy(() ->
                        QtiPackage.read(new ByteArrayInputStream(zip("imsmanifest.xml", doctype)), null, "examiner"))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("not well-formed");
    }

    @Test
    @DisplayName("CSV: one line per item version, read back equal (a formula-like cell keeps its text)")
    void csvRoundTrip() {
        StringWriter out = new StringWriter();
        ItemCsv.write(RECORDS, out);
        assertThat(out.toString().lines()).first().asString().startsWith("code,certificate_type,version,status");
        assertThat(out.toString()).contains("'=SUM(A1)");
        assertThat(ItemCsv.read(new StringReader(out.toString()))).isEqualTo(RECORDS);
    }

    @Test
    @DisplayName("CSV: a file with a broken line is refused whole, naming the line, the item, the field and the rule")
    void csvRefusals() {
        StringWriter out = new StringWriter();
        ItemCsv.write(RECORDS, out);
        String broken = out.toString().replace(",B,NEC 250.53(A)(3),", ",F,NEC 250.53(A)(3),");
        assertThatThrownBy(() -> ItemCsv.read(new StringReader(broken)))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> {
                    RuleViolationException.Violation v =
                            ((RuleViolationException) e).violations().get(0);
                    assertThat(v.field()).isEqualTo("line 2 (JE-001) key");
                    assertThat(v.rule()).isEqualTo("key-among-options");
                });
        assertThatThrownBy(() -> ItemCsv.read(new StringReader("code,stem\nX,Y\n")))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("lacks the column 'certificate_type'");
    }

    static byte[] zip(String... nameAndText) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (int i = 0; i < nameAndText.length; i += 2) {
                zip.putNextEntry(new ZipEntry(nameAndText[i]));
                zip.write(nameAndText[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static byte[] entry(byte[] zip, String name) throws Exception {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError(name);
    }
}

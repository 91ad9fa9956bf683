package org.tryon.licensing.itembank.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.tryon.licensing.itembank.application.ItemBankViews.ItemRecord;
import org.tryon.licensing.itembank.domain.ItemContent;
import org.tryon.platform.errors.RuleViolationException;
import org.tryon.platform.errors.RuleViolationException.Violation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Items as an IMS content package of IMS QTI 2.1 assessment items (the format of TAO, OpenOLAT and most item-bank
 * tools), written and read with the JDK's XML APIs. Each item version is one {@code assessmentItem} file: a
 * {@code choiceInteraction} (one choice, not shuffled) whose prompt is the stem and whose {@code simpleChoice}s are
 * the options, a single-cardinality identifier response {@code RESPONSE} with the key as its correct response, the
 * content area as the item's label, and the {@code match_correct} response processing. The package's
 * {@code imsmanifest.xml} lists one resource per file; Tryon's own facts of a version (certificate type, version number,
 * status, reference, author) go in the resource's metadata in Tryon's namespace, which other tools ignore. An item
 * written by another tool is read by its choices' order (the first is A) and its label or a metadata default.
 */
public final class QtiPackage {

    public static final String QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
    public static final String CP = "http://www.imsglobal.org/xsd/imscp_v1p1";
    public static final String TRYON = "urn:tryon:licensing:item-bank";
    static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;
    static final String MATCH_CORRECT = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/match_correct";
    /** The most a package may unpack to (a zip bomb is refused). */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private QtiPackage() {}

    public static byte[] write(List<ItemRecord> records) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                Document manifest = builder().newDocument();
                Element root = manifest.createElementNS(CP, "manifest");
                root.setAttribute("identifier", "MANIFEST-tryon-item-bank");
                root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
                root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:tryon", TRYON);
                root.setAttributeNS(
                        XSI,
                        "xsi:schemaLocation",
                        CP + " http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd");
                manifest.appendChild(root);
                Element meta = child(root, CP, "metadata");
                child(meta, CP, "schema").setTextContent("QTIv2.1 Package");
                child(meta, CP, "schemaversion").setTextContent("1.0.0");
                child(root, CP, "organizations");
                Element resources = child(root, CP, "resources");
                for (ItemRecord r : records) {
                    String id = r.code() + "-v" + r.number();
                    String href = "items/" + id + ".xml";
                    Element res = child(resources, CP, "resource");
                    res.setAttribute("identifier", id);
                    res.setAttribute("type", "imsqti_item_xmlv2p1");
                    res.setAttribute("href", href);
                    Element resMeta = child(res, CP, "metadata");
                    Element facts = child(resMeta, TRYON, "tryon:item");
                    facts.setAttribute("code", r.code());
                    facts.setAttribute("certificateType", r.certificateType());
                    facts.setAttribute("version", String.valueOf(r.number()));
                    facts.setAttribute("status", r.status() == null ? "" : r.status());
                    facts.setAttribute("administered", String.valueOf(r.administered()));
                    facts.setAttribute("contentArea", r.content().contentArea());
                    if (r.content().reference() != null) {
                        facts.setAttribute("reference", r.content().reference());
                    }
                    facts.setAttribute("author", r.content().author());
                    child(res, CP, "file").setAttribute("href", href);
                    zip.putNextEntry(new ZipEntry(href));
                    zip.write(serialize(item(r)));
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
                zip.write(serialize(manifest));
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One assessmentItem of QTI 2.1: a choice interaction with a single identifier response and its correct response. */
    static Document item(ItemRecord r) {
        Document doc = builder().newDocument();
        Element item = doc.createElementNS(QTI, "assessmentItem");
        item.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xsi", XSI);
        item.setAttributeNS(
                XSI, "xsi:schemaLocation", QTI + " http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd");
        item.setAttribute("identifier", r.code());
        item.setAttribute("title", r.code() + " version " + r.number());
        item.setAttribute("label", r.content().contentArea());
        item.setAttribute("adaptive", "false");
        item.setAttribute("timeDependent", "false");
        item.setAttribute("toolName", "Tryon");
        item.setAttribute("toolVersion", "1");
        doc.appendChild(item);
        Element response = child(item, QTI, "responseDeclaration");
        response.setAttribute("identifier", "RESPONSE");
        response.setAttribute("cardinality", "single");
        response.setAttribute("baseType", "identifier");
        child(child(response, QTI, "correctResponse"), QTI, "value")
                .setTextContent(r.content().key());
        Element outcome = child(item, QTI, "outcomeDeclaration");
        outcome.setAttribute("identifier", "SCORE");
        outcome.setAttribute("cardinality", "single");
        outcome.setAttribute("baseType", "float");
        child(child(outcome, QTI, "defaultValue"), QTI, "value").setTextContent("0");
        Element body = child(item, QTI, "itemBody");
        Element interaction = child(body, QTI, "choiceInteraction");
        interaction.setAttribute("responseIdentifier", "RESPONSE");
        interaction.setAttribute("shuffle", "false");
        interaction.setAttribute("maxChoices", "1");
        child(interaction, QTI, "prompt").setTextContent(r.content().stem());
        List<String> labels = r.content().labels();
        for (int i = 0; i < labels.size(); i++) {
            Element choice = child(interaction, QTI, "simpleChoice");
            choice.setAttribute("identifier", labels.get(i));
            choice.setTextContent(r.content().options().get(i));
        }
        child(item, QTI, "responseProcessing").setAttribute("template", MATCH_CORRECT);
        return doc;
    }

    /**
     * Reads a package: every QTI item resource of its manifest. Refuses the package (nothing is read), naming each item,
     * field and rule broken; {@code defaultType} and {@code defaultAuthor} stand for what an item without Tryon's metadata
     * does not say.
     */
    public static List<ItemRecord> read(InputStream zip, String defaultType, String defaultAuthor) {
        Map<String, byte[]> files = unzip(zip);
        byte[] manifestBytes = files.get("imsmanifest.xml");
        if (manifestBytes == null) {
            throw new RuleViolationException(
                    "file", "ims-content-package", "The file is not an IMS content package: it has no imsmanifest.xml");
        }
        Document manifest = parse(manifestBytes, "imsmanifest.xml");
        List<ItemRecord> out = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        NodeList resources = manifest.getElementsByTagNameNS("*", "resource");
        for (int i = 0; i < resources.getLength(); i++) {
            Element res = (Element) resources.item(i);
            String type = res.getAttribute("type");
            if (!type.startsWith("imsqti_item_xmlv2p")) {
                continue;
            }
            String href = res.getAttribute("href");
            String where = "item " + (href.isEmpty() ? res.getAttribute("identifier") : href) + " ";
            byte[] file = files.get(href);
            if (file == null) {
                problems.add(new Violation(
                        where + "href",
                        "ims-content-package",
                        where + "href: the manifest names a file the package lacks"));
                continue;
            }
            Element facts = first(res, TRYON, "item");
            try {
                ItemRecord r = record(parse(file, href), facts, defaultType, defaultAuthor, where);
                String at = "item " + r.code() + " (" + href + ") ";
                problems.addAll(r.content().problems(at));
                if (r.certificateType() == null || r.certificateType().isBlank()) {
                    problems.add(new Violation(
                            at + "certificateType",
                            "required",
                            at + "certificateType: the package does not say which "
                                    + "certificate type the item examines; choose one for the import"));
                }
                out.add(r);
            } catch (RuleViolationException e) {
                problems.addAll(e.violations());
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolationException(problems);
        }
        if (out.isEmpty()) {
            throw new RuleViolationException("file", "qti-items", "The package holds no QTI 2.1 assessment items");
        }
        return out;
    }

    private static ItemRecord record(
            Document doc, Element facts, String defaultType, String defaultAuthor, String where) {
        Element item = doc.getDocumentElement();
        if (!"assessmentItem".equals(item.getLocalName()) || !QTI.equals(item.getNamespaceURI())) {
            throw new RuleViolationException(
                    where + "assessmentItem",
                    "qti-2.1",
                    where + ": not a QTI 2.1 assessmentItem (namespace " + QTI + ")");
        }
        String code = item.getAttribute("identifier");
        String at = "item " + code + " ";
        Element interaction = first(item, QTI, "choiceInteraction");
        if (interaction == null) {
            throw new RuleViolationException(
                    at + "choiceInteraction", "qti-choice", at + "choiceInteraction: only choice items are read");
        }
        String responseId = interaction.getAttribute("responseIdentifier");
        Element declaration = null;
        NodeList declarations = item.getElementsByTagNameNS(QTI, "responseDeclaration");
        for (int i = 0; i < declarations.getLength(); i++) {
            Element d = (Element) declarations.item(i);
            if (d.getAttribute("identifier").equals(responseId)) {
                declaration = d;
            }
        }
        if (declaration == null
                || !"single".equals(declaration.getAttribute("cardinality"))
                || !"identifier".equals(declaration.getAttribute("baseType"))) {
            throw new RuleViolationException(
                    at + "responseDeclaration",
                    "qti-single-identifier",
                    at + "responseDeclaration: the response " + responseId
                            + " must be declared with cardinality single and baseType identifier (one correct option)");
        }
        Element correct = first(declaration, QTI, "correctResponse");
        Element value = correct == null ? null : first(correct, QTI, "value");
        if (value == null) {
            throw new RuleViolationException(
                    at + "correctResponse",
                    "qti-correct-response",
                    at + "correctResponse: the item has no correct response");
        }
        Element prompt = first(interaction, QTI, "prompt");
        String stem = prompt != null ? text(prompt) : bodyTextBefore(interaction);
        List<String> options = new ArrayList<>();
        String key = null;
        NodeList choices = interaction.getElementsByTagNameNS(QTI, "simpleChoice");
        for (int i = 0; i < choices.getLength(); i++) {
            Element c = (Element) choices.item(i);
            options.add(text(c));
            if (c.getAttribute("identifier").equals(value.getTextContent().strip())) {
                key = ItemContent.label(i);
            }
        }
        if (key == null) {
            key = value.getTextContent().strip();
        }
        String area = attr(facts, "contentArea");
        if (area == null) {
            area = item.getAttribute("label").isBlank() ? null : item.getAttribute("label");
        }
        String type = attr(facts, "certificateType");
        String version = attr(facts, "version");
        int number = 0;
        try {
            number = version == null ? 0 : Integer.parseInt(version);
        } catch (NumberFormatException e) {
            number = 0;
        }
        String author = attr(facts, "author");
        return new ItemRecord(
                code,
                type == null ? defaultType : type,
                number,
                attr(facts, "status"),
                "true".equals(attr(facts, "administered")),
                new ItemContent(
                        stem, options, key, area, attr(facts, "reference"), author == null ? defaultAuthor : author));
    }

    private static String bodyTextBefore(Element interaction) {
        StringBuilder text = new StringBuilder();
        for (Node n = interaction.getPreviousSibling(); n != null; n = n.getPreviousSibling()) {
            text.insert(0, n.getTextContent() + " ");
        }
        String t = text.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    private static String text(Element e) {
        return e.getTextContent().replaceAll("\\s+", " ").strip();
    }

    private static String attr(Element e, String name) {
        if (e == null || !e.hasAttribute(name) || e.getAttribute(name).isBlank()) {
            return null;
        }
        return e.getAttribute(name);
    }

    private static Element first(Element parent, String ns, String local) {
        if (parent == null) {
            return null;
        }
        NodeList list = parent.getElementsByTagNameNS(ns, local);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    private static Element child(Node parent, String ns, String name) {
        Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
        Element e = doc.createElementNS(ns, name);
        parent.appendChild(e);
        return e;
    }

    private static Map<String, byte[]> unzip(InputStream in) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            byte[] buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new RuleViolationException("file", "max-size", "The package unpacks to more than 20 MB");
                    }
                    out.write(buffer, 0, n);
                }
                files.put(entry.getName(), out.toByteArray());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new RuleViolationException(
                    "file", "zip", "The file is not a readable zip package: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new RuleViolationException("file", "zip", "The file is not a zip package (or it is empty)");
        }
        return files;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Document parse(byte[] bytes, String name) {
        try {
            return builder().parse(new ByteArrayInputStream(bytes));
        } catch (SAXException | IOException e) {
            throw new RuleViolationException(
                    "item " + name, "xml", "item " + name + ": not well-formed XML (" + e.getMessage() + ")");
        }
    }

    private static byte[] serialize(Document doc) {
        try {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException(e);
        }
    }
}

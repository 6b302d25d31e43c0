package uk.police.gatekeeper.results;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.Node;

/** A sample case (one requirement with records, one nil return) and ways to read both renderings. */
final class ProductSamples {

  static final String HOSTILE = "<script>alert(1)</script>";
  static final String REFERENCE = "CD-2026-000123";
  static final String AUTHORISER = "Olga Owens";
  static final String OTHER_PARTY = "+447700900456";
  static final String POLISH_NAME = "Łukasz Wiśniewski";

  private ProductSamples() {}

  static ProductCase twoRequirements() {
    return sample(List.of(callRecords(List.of(
        record("2026-10-02T08:15:30+01:00", "OUTGOING", OTHER_PARTY, 184, null),
        record("2026-10-03T21:02:11+01:00", "INCOMING", HOSTILE, 12, POLISH_NAME))), ipNilReturn()));
  }

  /** The first requirement returns {@code rows} call records: enough rows to run over several pages. */
  static ProductCase withRows(int rows) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      records.add(record(String.format("2026-10-%02dT%02d:%02d:00+01:00", 1 + i % 28, i % 24, i % 60), "OUTGOING",
          String.format("+4477009%05d", i), i, null));
    }
    return sample(List.of(callRecords(records), ipNilReturn()));
  }

  static ProductCase sample(List<ProductRequirement> requirements) {
    return new ProductCase(REFERENCE, "KESTREL", "CRIME", "Conspiracy to supply a controlled drug of Class A",
        "DC 4521 Alice Adams", "Sam Shaw", AUTHORISER, "OCDA", "2026-11-03T14:05:00+00:00",
        "2026-12-02T23:59:59+00:00", requirements, "2026-11-05T11:30:00+00:00", "Sam Shaw");
  }

  static ProductRequirement callRecords(List<Map<String, Object>> records) {
    return new ProductRequirement(1, "MSISDN", "07700 900123", "+447700900123", "CALL_RECORDS", "alpha-mobile",
        "Alpha Mobile", "2026-10-01T00:00:00+01:00", "2026-10-31T23:59:59+00:00", "RESULTS", records,
        "AM-REQ-20261104-0001", "2026-11-04T09:12:00+00:00");
  }

  static ProductRequirement ipNilReturn() {
    return new ProductRequirement(2, "IP_ADDRESS", "2001:DB8::1", "2001:db8::1", "IP_RESOLUTION", "bravo-broadband",
        "Bravo Broadband", "2026-10-02T18:30:00+01:00", null, "NIL_RETURN", List.of(), "BB-77120",
        "2026-11-05T10:00:00+00:00");
  }

  static Map<String, Object> record(String timestamp, String direction, String otherParty, int seconds, String note) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("timestamp", timestamp);
    record.put("identifier", "+447700900123");
    record.put("dataType", "CALL_RECORDS");
    record.put("direction", direction);
    record.put("otherParty", otherParty);
    record.put("durationSeconds", seconds);
    if (note != null) {
      record.put("subscriberNote", note);
    }
    return record;
  }

  /** Parses the XHTML as XML (openhtmltopdf does the same); fails on anything not well-formed. */
  static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setExpandEntityReferences(false);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("Not well-formed XHTML: " + e.getMessage(), e);
    }
  }

  /** What a reader of the HTML sees: the body's text, blocks and cells apart, whitespace collapsed. */
  static String visibleText(String xhtml) {
    Document document = parse(xhtml);
    StringBuilder text = new StringBuilder();
    collect(document.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "body").item(0), text);
    return squash(text.toString());
  }

  private static final Set<String> BLOCKS = Set.of("div", "p", "h1", "h2", "h3", "table", "colgroup", "col",
      "thead", "tbody", "tr", "th", "td", "br");

  private static void collect(Node node, StringBuilder text) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      text.append(node.getNodeValue());
    } else if (node.getNodeType() == Node.ELEMENT_NODE) {
      boolean block = BLOCKS.contains(node.getLocalName());
      text.append(block ? " " : "");
      for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
        collect(child, text);
      }
      text.append(block ? " " : "");
    }
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return squash(stripper.getText(document));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static List<String> pageTexts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> pages = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(squash(stripper.getText(document)));
      }
      return pages;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Each font the PDF's pages use, by name, and whether it is embedded. */
  static Map<String, Boolean> fonts(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<String, Boolean> fonts = new java.util.TreeMap<>();
      for (PDPage page : document.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          fonts.put(font.getName().replaceFirst("^[A-Z]{6}\\+", ""), font.isEmbedded());
        }
      }
      return fonts;
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static String squash(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}

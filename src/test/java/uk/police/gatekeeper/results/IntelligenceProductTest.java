package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.gatekeeper.results.ProductSamples.AUTHORISER;
import static uk.police.gatekeeper.results.ProductSamples.HOSTILE;
import static uk.police.gatekeeper.results.ProductSamples.OTHER_PARTY;
import static uk.police.gatekeeper.results.ProductSamples.POLISH_NAME;
import static uk.police.gatekeeper.results.ProductSamples.REFERENCE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The intelligence product as HTML and as PDF, from a case with one set of records and one nil return. */
class IntelligenceProductTest {

  private final IntelligenceProduct product = new IntelligenceProduct();
  private final ProductCase sample = ProductSamples.twoRequirements();

  @Test
  void htmlSaysWhatWasAuthorisedByWhomAndWhatCameBack() {
    String text = ProductSamples.visibleText(product.html(sample));

    assertThat(text).startsWith("OFFICIAL-SENSITIVE").endsWith("OFFICIAL-SENSITIVE");
    assertThat(text).contains(REFERENCE, "Operation KESTREL", "Preventing or detecting crime",
        "Conspiracy to supply a controlled drug of Class A", "DC 4521 Alice Adams");
    // What was authorised: both forms of each identifier, data type, CSP, period
    assertThat(text).contains("07700 900123", "+447700900123", "2001:DB8::1", "2001:db8::1",
        "Call records", "IP address resolution", "Alpha Mobile", "Bravo Broadband",
        "1 October 2026, 00:00:00 (UTC+01:00) to 31 October 2026, 23:59:59 (UTC+00:00)",
        "At 2 October 2026, 18:30:00 (UTC+01:00)");
    // By whom, when, until when
    assertThat(text).contains("Route Office for Communications Data Authorisations (OCDA)",
        "Authorised by " + AUTHORISER, "Authorised at 3 November 2026, 14:05:00 (UTC+00:00)",
        "Valid until 2 December 2026, 23:59:59 (UTC+00:00)");
    // Results: the CSP's references, receipt, the records, the nil return said plainly
    assertThat(text).contains("CSP request reference AM-REQ-20261104-0001", "received 4 November 2026, 09:12:00 (UTC+00:00); 2 records",
        OTHER_PARTY, "OUTGOING", "184", POLISH_NAME, "2026-10-02T08:15:30+01:00",
        "CSP request reference BB-77120",
        "Nil return: Bravo Broadband returned no data for this requirement.");
    assertThat(text).contains("Produced by Sam Shaw", "Produced at 5 November 2026, 11:30:00 (UTC+00:00)");
    assertThat(text).contains(IntelligenceProduct.CAVEAT);
  }

  @Test
  void theCaveatIsInABoxAtTheHead() throws Exception {
    Document html = ProductSamples.parse(product.html(sample));
    String box = ProductSamples.squash(XPathFactory.newInstance().newXPath()
        .evaluate("//*[local-name()='div'][@class='caveat']", html));

    assertThat(box).contains("This product is intelligence. It must not be used as evidence",
        "without reference to the SPoC", "it protects a sensitive source and technique");
    assertThat(ProductSamples.visibleText(product.html(sample)).indexOf(IntelligenceProduct.CAVEAT))
        .isLessThan(ProductSamples.visibleText(product.html(sample)).indexOf("What was authorised"));
  }

  @Test
  void resultsTableHasTheRecordsKeysAsColumnsLeadingWithIdentifierDataTypeTimestamp() throws Exception {
    Document html = ProductSamples.parse(product.html(sample));
    NodeList headers = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate("//*[local-name()='table'][@class='records']//*[local-name()='th']", html, XPathConstants.NODESET);
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < headers.getLength(); i++) {
      columns.add(headers.item(i).getTextContent());
    }
    assertThat(columns).containsExactly("#", "identifier", "dataType", "timestamp", "direction", "otherParty",
        "durationSeconds", "subscriberNote");
  }

  @Test
  void hostileCspTextIsEscapedNeverMarkup() throws Exception {
    String html = product.html(sample);

    assertThat(html).doesNotContain(HOSTILE).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    Document document = ProductSamples.parse(html);
    Object scripts = XPathFactory.newInstance().newXPath()
        .evaluate("count(//*[local-name()='script'] | //@src | //@href)", document, XPathConstants.NUMBER);
    assertThat(scripts).isEqualTo(0.0);
    NodeList styles = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate("//@style", document, XPathConstants.NODESET);
    for (int i = 0; i < styles.getLength(); i++) {
      assertThat(styles.item(i).getNodeValue()).matches("width: \\d+\\.\\d%");
    }
    assertThat(ProductSamples.visibleText(html)).contains(HOSTILE);
  }

  @Test
  void invisibleAndMisleadingCharactersAreShownNotPassedThrough() {
    Map<String, Object> record = new LinkedHashMap<>(ProductSamples.record("2026-10-04T10:00:00+01:00", "OUTGOING",
        "+4477009\u202E00999", 1, "nul\u0000 and bell\u0007"));
    record.put("<b>field</b> & \"key\"", "x");
    ProductCase c = ProductSamples.sample(List.of(ProductSamples.callRecords(List.of(record))));

    String html = product.html(c);

    assertThat(html).doesNotContain("\u202E", "\u0000", "\u0007", "<b>field</b>");
    assertThat(ProductSamples.visibleText(html)).contains("+4477009[U+202E]00999", "nul[U+0000] and bell[U+0007]",
        "<b>field</b> & \"key\"", "Characters that cannot be printed are shown by their Unicode code point");
    assertThat(ProductSamples.pdfText(product.pdf(c))).contains("+4477009[U+202E]00999");
  }

  @Test
  void pdfCarriesMarkingReferenceAndRecords() {
    byte[] pdf = product.pdf(sample);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = ProductSamples.pdfText(pdf);
    assertThat(text).contains("OFFICIAL-SENSITIVE", REFERENCE, OTHER_PARTY, "07700 900123", "+447700900123",
        AUTHORISER, "Nil return: Bravo Broadband returned no data for this requirement.", HOSTILE,
        IntelligenceProduct.CAVEAT);
    // The built-in fonts cannot draw "Ł" or "ś"; the fallback font does, rather than '#'.
    assertThat(text).contains("Łukasz", "Wiśniewski").doesNotContain("#ukasz", "Wi#niewski");
  }

  @Test
  void everyPageOfTheProductIsMarkedTopAndBottomAndCarriesTheWarning() {
    List<String> pages = ProductSamples.pageTexts(product.pdf(ProductSamples.withRows(150)));

    assertThat(pages).hasSizeGreaterThan(2);
    for (int i = 0; i < pages.size(); i++) {
      String page = pages.get(i);
      assertThat(occurrences(page, "OFFICIAL-SENSITIVE")).as("page %d: %s", i + 1, page).isEqualTo(2);
      assertThat(page).contains(REFERENCE, "Intelligence only: not for use as evidence",
          "Page " + (i + 1) + " of " + pages.size());
    }
    // The last of 150 rows is there, and the header row repeats on continuation pages.
    assertThat(pages.get(pages.size() - 1) + pages.get(pages.size() - 2)).contains("+447700900149");
    assertThat(pages.get(1)).contains("identifier dataType timestamp");
  }

  @Test
  void aCharacterNoFontCanDrawIsShownAsItsCodePointInThePdfButKeptInTheHtml() {
    ProductCase c = ProductSamples.sample(List.of(ProductSamples.callRecords(List.of(
        ProductSamples.record("2026-10-04T10:00:00+01:00", "OUTGOING", OTHER_PARTY, 1, "王 Wei")))));

    assertThat(ProductSamples.visibleText(product.html(c))).contains("王 Wei");
    assertThat(ProductSamples.pdfText(product.pdf(c))).contains("[U+738B] Wei").doesNotContain("# Wei");
  }

  @Test
  void textIsSetInTheBuiltInFontsAndTheFallbackIsEmbeddedOnlyForLettersTheyLack() {
    ProductCase ascii = ProductSamples.sample(List.of(ProductSamples.callRecords(List.of(
        ProductSamples.record("2026-10-04T10:00:00+01:00", "OUTGOING", OTHER_PARTY, 1, "Lukasz")))));

    assertThat(ProductSamples.fonts(product.pdf(ascii)))
        .containsKeys("Helvetica", "Helvetica-Bold", "Courier").doesNotContainValue(true);
    assertThat(ProductSamples.fonts(product.pdf(sample)))
        .containsEntry("Helvetica", false).containsEntry("LiberationSans", true);
  }

  @Test
  void missingValuesReadAsNotRecordedRatherThanFailing() {
    ProductRequirement bare = new ProductRequirement(1, null, null, null, null, null, null, null, null, null, null,
        null, null);
    ProductCase c = new ProductCase(null, null, null, null, null, null, null, null, null, null,
        Arrays.asList(bare, null), null, null);

    String text = ProductSamples.visibleText(product.html(c));
    assertThat(text).contains("Authorised by not recorded", "No response from the CSP is recorded for this requirement.");
    assertThat(ProductSamples.pdfText(product.pdf(c))).contains("OFFICIAL-SENSITIVE", IntelligenceProduct.CAVEAT);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + part.length())) {
      count++;
    }
    return count;
  }
}

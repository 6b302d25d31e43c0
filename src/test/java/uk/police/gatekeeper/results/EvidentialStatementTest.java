package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.police.gatekeeper.results.ProductSamples.AUTHORISER;
import static uk.police.gatekeeper.results.ProductSamples.HOSTILE;
import static uk.police.gatekeeper.results.ProductSamples.OTHER_PARTY;
import static uk.police.gatekeeper.results.ProductSamples.REFERENCE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The MG11-style statement that produces the results as an exhibit, as HTML and as PDF. */
class EvidentialStatementTest {

  private static final String EXHIBIT = "SS/1";
  private static final String WITNESS = "Sam Shaw";
  private static final String RANK = "Detective Constable 7781";
  private static final String DECLARATION = "is true to the best of my knowledge and belief and I make it knowing "
      + "that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it "
      + "anything which I know to be false, or do not believe to be true.";

  private final EvidentialStatement statement = new EvidentialStatement();
  private final ProductCase sample = ProductSamples.twoRequirements();

  @Test
  void htmlIsAnMg11ThatProducesTheResultsAsTheExhibit() {
    String text = ProductSamples.visibleText(statement.html(sample, EXHIBIT, WITNESS, RANK));

    assertThat(text).contains("WITNESS STATEMENT (Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, "
        + "s. 9; Magistrates' Courts Act 1980, s. 5B)");
    assertThat(text).contains("Statement of " + WITNESS, "Rank " + RANK, "Age if under 18 Over 18",
        "Occupation Communications Data Single Point of Contact",
        "This statement (consisting of ____ page(s) each signed by me) " + DECLARATION);
    assertThat(text).contains("obtained under authorisation reference " + REFERENCE
        + ", granted by the Office for Communications Data Authorisations (OCDA) on 3 November 2026, 14:05:00 (UTC+00:00)");
    assertThat(text).contains("I requested from Alpha Mobile, under CSP request reference AM-REQ-20261104-0001, "
        + "call records relating to the telephone number +447700900123 for the period from "
        + "1 October 2026, 00:00:00 (UTC+01:00) to 31 October 2026, 23:59:59 (UTC+00:00). "
        + "On 4 November 2026, 09:12:00 (UTC+00:00) I received the response from Alpha Mobile, comprising 2 records.");
    assertThat(text).contains("I requested from Bravo Broadband, under CSP request reference BB-77120, "
        + "the resolution of an IP address to a subscriber relating to the IP address 2001:db8::1 at "
        + "2 October 2026, 18:30:00 (UTC+01:00). On 5 November 2026, 10:00:00 (UTC+00:00) I received the response "
        + "from Bravo Broadband, which was a nil return");
    assertThat(text).contains("I produce the results as exhibit " + EXHIBIT + ".");
    // The exhibit, after the statement: the records as a table, the nil return said plainly
    assertThat(text).contains("Exhibit " + EXHIBIT, OTHER_PARTY, "OUTGOING", "2026-10-02T08:15:30+01:00",
        "Nil return: no data was returned for this request.");
    assertThat(text.indexOf("Exhibit " + EXHIBIT)).isGreaterThan(text.lastIndexOf("Signature:"));
    assertThat(text.split("Signature: ", -1)).hasSize(3);
    assertThat(text.split("Date: ", -1)).hasSize(3);
  }

  @Test
  void carriesNoIntelligenceCaveatNorAnythingAboutSourcesOrTechniquesNorTheAuthorisersName() {
    String text = ProductSamples.visibleText(statement.html(sample, EXHIBIT, WITNESS, RANK));
    String pdfText = ProductSamples.pdfText(statement.pdf(sample, EXHIBIT, WITNESS, RANK));

    for (String rendering : List.of(text, pdfText)) {
      assertThat(rendering).doesNotContain(IntelligenceProduct.CAVEAT, IntelligenceProduct.FOOTER_WARNING,
          "must not be used as evidence", "source", "technique", AUTHORISER);
      assertThat(rendering.toLowerCase()).doesNotContain("intelligence");
    }
  }

  @Test
  void hostileTextIsEscapedWhereverItComesFrom() {
    String html = statement.html(sample, "SS/1 & <i>", "O'Brien <b>x</b>", RANK);

    assertThat(html).doesNotContain(HOSTILE, "<b>x</b>", "<i>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    assertThat(ProductSamples.visibleText(html)).contains(HOSTILE, "Statement of O'Brien <b>x</b>",
        "I produce the results as exhibit SS/1 & <i>.");
    assertThat(ProductSamples.pdfText(statement.pdf(sample, "SS/1 & <i>", "O'Brien <b>x</b>", RANK)))
        .contains(HOSTILE, "O'Brien <b>x</b>", "Exhibit SS/1 & <i>");
  }

  @Test
  void pdfProducesTheExhibitAndStatesTheDeclaration() {
    byte[] pdf = statement.pdf(sample, EXHIBIT, WITNESS, RANK);

    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    String text = ProductSamples.pdfText(pdf);
    assertThat(text).contains("OFFICIAL-SENSITIVE", REFERENCE, EXHIBIT, DECLARATION, OTHER_PARTY, HOSTILE,
        "WITNESS STATEMENT", "Magistrates' Courts Act 1980, s. 5B", "I produce the results as exhibit " + EXHIBIT,
        "Nil return: no data was returned for this request.");
  }

  @Test
  void theDeclaredPageCountIsTheStatementsOwnAndEveryStatementPageHasASignatureLine() {
    List<ProductRequirement> many = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      ProductRequirement r = ProductSamples.ipNilReturn();
      many.add(new ProductRequirement(i, r.identifierType(), r.identifierAsTyped(), "2001:db8::" + i, r.dataType(),
          r.cspId(), r.cspName(), r.from(), r.to(), r.outcome(), r.records(), "BB-" + i, r.receivedAt()));
    }
    List<String> pages = ProductSamples.pageTexts(
        statement.pdf(ProductSamples.sample(many), EXHIBIT, WITNESS, RANK));

    Matcher declared = Pattern.compile("consisting of (\\d+) page\\(s\\)").matcher(pages.get(0));
    assertThat(declared.find()).isTrue();
    int statementPages = Integer.parseInt(declared.group(1));
    assertThat(statementPages).isGreaterThan(1).isLessThan(pages.size());
    for (int page = 1; page <= statementPages; page++) {
      assertThat(pages.get(page - 1)).contains("Page " + page + " of " + statementPages, "Signature:",
          "OFFICIAL-SENSITIVE");
    }
    assertThat(pages.get(statementPages - 1)).contains("I produce the results as exhibit " + EXHIBIT);
    assertThat(pages.get(statementPages)).contains("Exhibit " + EXHIBIT).doesNotContain("Page ");
  }

  @Test
  void refusesAStatementWithNothingToExhibitOrNoOneToMakeIt() {
    assertThatThrownBy(() -> statement.html(sample, " ", WITNESS, RANK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exhibitReference");
    assertThatThrownBy(() -> statement.pdf(sample, EXHIBIT, null, RANK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("witnessName");
    ProductRequirement pending = new ProductRequirement(1, "MSISDN", "07700 900123", "+447700900123", "SUBSCRIBER",
        "alpha-mobile", "Alpha Mobile", "2026-10-01T00:00:00+01:00", "2026-10-31T23:59:59+00:00", null, List.of(),
        "AM-1", null);
    assertThatThrownBy(() -> statement.html(ProductSamples.sample(List.of(pending)), EXHIBIT, WITNESS, RANK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("requirement 1");
  }

  @Test
  void aWitnessWithoutRankIsStillAWitness() {
    String text = ProductSamples.visibleText(statement.html(sample, EXHIBIT, "Pat Lee", null));

    assertThat(text).contains("Statement of Pat Lee", "I am Pat Lee, a Communications Data Single Point of Contact")
        .doesNotContain("Rank ", "null");
  }
}

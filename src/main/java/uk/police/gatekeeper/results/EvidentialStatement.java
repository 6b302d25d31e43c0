package uk.police.gatekeeper.results;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The evidential product: an MG11-style witness statement by the SPoC that produces the results
 * as an exhibit (domain.md 2.6). It states the authorisation, what was requested from which CSP,
 * when the response came and under which CSP reference, and nothing more: no intelligence caveat,
 * no handling advice, no wording about sources or techniques, and not the authorising officer's name
 * (OCDA authorising individuals are not named outside the authority). Shares nothing with
 * {@link IntelligenceProduct} but the escaping helper.
 *
 * <p>Pure: no database, no engine, no state; safe to share between threads.
 */
public final class EvidentialStatement {

  public static final String HEADING = "WITNESS STATEMENT";
  public static final String RULES = "(Criminal Procedure Rules, r. 16.2; Criminal Justice Act 1967, s. 9; "
      + "Magistrates' Courts Act 1980, s. 5B)";
  public static final String OCCUPATION = "Communications Data Single Point of Contact";
  /** The s.9 declaration after "This statement (consisting of N page(s) each signed by me)". */
  public static final String DECLARATION = "is true to the best of my knowledge and belief and I make it knowing "
      + "that, if it is tendered in evidence, I shall be liable to prosecution if I have wilfully stated in it "
      + "anything which I know to be false, or do not believe to be true.";
  /** Statements carry the marking too: the exhibit holds personal data. */
  static final String MARKING = "OFFICIAL-SENSITIVE";

  /** Blank for the page count in the HTML, where pages are not known. */
  private static final String PAGES_BLANK = "____";
  private static final String SIGNATURE_LINE = "...............................................";

  /**
   * The statement as XHTML. The page count in the declaration is left blank: pages are a property
   * of the printed statement (see {@link #pdf}).
   *
   * @throws IllegalArgumentException when the exhibit reference or the witness's name is blank, or
   *     a requirement has no CSP response (RESULTS or NIL_RETURN) to exhibit
   */
  public String html(ProductCase c, String exhibitReference, String witnessName, String witnessRank) {
    check(c, exhibitReference, witnessName);
    return document(c, exhibitReference, witnessName, witnessRank, Markup.HTML, null, true);
  }

  /**
   * The statement as PDF, its declaration stating the number of pages of the statement itself
   * (the exhibit that follows is not counted). Each statement page carries a signature line.
   *
   * @throws IllegalArgumentException as {@link #html}
   */
  public byte[] pdf(ProductCase c, String exhibitReference, String witnessName, String witnessRank) {
    check(c, exhibitReference, witnessName);
    // The statement alone, rendered until the page count it states is the count it has. The
    // exhibit starts on a page of its own, so adding it afterwards changes nothing before it.
    int pages = 1;
    for (int attempt = 0; ; attempt++) {
      int counted = pageCount(Markup.pdf(
          document(c, exhibitReference, witnessName, witnessRank, Markup.PDF, pages, false)));
      if (counted == pages) {
        break;
      }
      if (attempt == 4) {
        throw new IllegalStateException("The statement's page count does not settle (" + pages + ", " + counted + ")");
      }
      pages = counted;
    }
    return Markup.pdf(document(c, exhibitReference, witnessName, witnessRank, Markup.PDF, pages, true));
  }

  private static void check(ProductCase c, String exhibitReference, String witnessName) {
    if (exhibitReference == null || exhibitReference.isBlank()) {
      throw new IllegalArgumentException("exhibitReference: a statement produces an exhibit; give its reference");
    }
    if (witnessName == null || witnessName.isBlank()) {
      throw new IllegalArgumentException("witnessName: the statement is made by a named witness");
    }
    List<ProductRequirement> requirements = Markup.requirements(c);
    if (requirements.isEmpty()) {
      throw new IllegalArgumentException("requirements: there are no results to exhibit");
    }
    for (ProductRequirement r : requirements) {
      if (!Markup.results(r) && !Markup.nilReturn(r)) {
        throw new IllegalArgumentException("requirement " + r.position()
            + ": no response from the CSP (RESULTS or NIL_RETURN) to exhibit");
      }
    }
  }

  private static String document(ProductCase c, String exhibit, String name, String rank, Markup m,
      Integer pages, boolean withExhibit) {
    boolean ranked = rank != null && !rank.isBlank();
    List<ProductRequirement> requirements = Markup.requirements(c);
    StringBuilder b = new StringBuilder("<div class=\"statement\">\n");

    b.append("<h1>").append(HEADING).append(" <span class=\"rules\">")
        .append(m.text(RULES)).append("</span></h1>\n");
    b.append("<table class=\"particulars\">\n")
        .append("<tr><th>URN</th><td class=\"fill\">&#160;</td></tr>\n")
        .append("<tr><th>Statement of</th><td>").append(m.text(name)).append("</td></tr>\n");
    if (ranked) {
      b.append("<tr><th>Rank</th><td>").append(m.text(rank)).append("</td></tr>\n");
    }
    b.append("<tr><th>Age if under 18</th><td>Over 18</td></tr>\n")
        .append("<tr><th>Occupation</th><td>").append(m.text(OCCUPATION)).append("</td></tr>\n</table>\n");

    b.append("<p class=\"declaration\">This statement (consisting of <span class=\"pages\">")
        .append(pages == null ? m.text(PAGES_BLANK) : pages).append("</span> page(s) each signed by me) ")
        .append(m.text(DECLARATION)).append("</p>\n");
    signature(b);

    b.append("<div class=\"narrative\">\n");
    b.append("<p>I am ").append(ranked ? m.text(rank) + " " : "").append(m.text(name)).append(", a ")
        .append(m.text(OCCUPATION)).append(" (SPoC). In that role I obtain communications data from ")
        .append("communications service providers (CSPs) once its acquisition has been authorised, and produce ")
        .append("the results.</p>\n");
    b.append("<p>This statement concerns communications data obtained under authorisation reference ")
        .append(m.nb(c.applicationReference())).append(", granted").append(grantedBy(m, c.authorisationRoute()))
        .append(" on ").append(m.whenOr(c.authorisedAt(), "a date not recorded"));
    String expires = m.whenHtml(c.authorisationExpiresAt());
    if (expires != null) {
      b.append(" and valid until ").append(expires);
    }
    b.append(".</p>\n");

    for (ProductRequirement r : requirements) {
      b.append("<p>").append(requested(m, r)).append("</p>\n");
    }
    b.append("<p>I produce the results as exhibit <span class=\"exhibit-ref nb\">").append(m.text(exhibit))
        .append("</span>. The exhibit reproduces each response as the CSP supplied it, with the date-times ")
        .append("and offsets from UTC that the CSP gave.");
    if (m.substitutesAnything(c)) {
      b.append(" Characters that cannot be printed are shown by their Unicode code point, in the form [U+0000].");
    }
    b.append("</p>\n</div>\n");
    signature(b);
    b.append("</div>\n");

    if (withExhibit) {
      exhibit(b, m, c, exhibit, name, rank, requirements);
    }
    String title = m.plain("Witness statement of " + name + ", exhibit " + exhibit);
    return Markup.document(title, m.text(MARKING), css(m, exhibit, pages), b.toString());
  }

  /** One requirement in the narrative: what, from whom, under which CSP reference, received when. */
  private static String requested(Markup m, ProductRequirement r) {
    String csp = Markup.csp(r);
    StringBuilder p = new StringBuilder("I requested from ").append(m.textOr(csp, "the CSP"))
        .append(", under CSP request reference ")
        .append(r.cspRequestReference() == null || r.cspRequestReference().isBlank()
            ? m.textOr(null, "not recorded") : m.nb(r.cspRequestReference()))
        .append(", ").append(m.textOr(dataTypePhrase(r.dataType()), "communications data"))
        .append(" relating to the ").append(m.text(identifierPhrase(r.identifierType()))).append(" ")
        .append("<span class=\"identifier nb\">").append(m.textOr(r.identifierNormalised(), "not recorded")).append("</span>");
    String from = m.whenHtml(r.from());
    String to = m.whenHtml(r.to());
    if (from != null && to != null) {
      p.append(" for the period from ").append(from).append(" to ").append(to);
    } else if (from != null) {
      p.append(" at ").append(from);
    }
    p.append(". On ").append(m.whenOr(r.receivedAt(), "a date not recorded"))
        .append(" I received the response from ").append(m.textOr(csp, "the CSP"));
    if (Markup.nilReturn(r)) {
      p.append(", which was a nil return: no data was returned for this request.");
    } else {
      int records = Markup.records(r).size();
      p.append(", comprising ").append(records).append(records == 1 ? " record." : " records.");
    }
    return p.toString();
  }

  private static String grantedBy(Markup m, String route) {
    if (route == null || route.isBlank()) {
      return "";
    }
    return switch (route) {
      case "OCDA" -> " by the Office for Communications Data Authorisations (OCDA)";
      case "DSO" -> " by a Designated Senior Officer";
      case "DP" -> " by a Designated Person";
      default -> " by " + m.text(route);
    };
  }

  private static String dataTypePhrase(String code) {
    if (code == null) {
      return null;
    }
    return switch (code) {
      case "SUBSCRIBER" -> "subscriber information";
      case "CALL_RECORDS" -> "call records";
      case "CELL_SITE" -> "cell site data";
      case "IP_RESOLUTION" -> "the resolution of an IP address to a subscriber";
      case "PAYMENT_DETAILS" -> "payment details";
      default -> "communications data of type " + code;
    };
  }

  private static String identifierPhrase(String code) {
    if (code == null) {
      return "identifier";
    }
    return switch (code) {
      case "MSISDN" -> "telephone number";
      case "IMEI" -> "handset IMEI";
      case "IMSI" -> "IMSI";
      case "IP_ADDRESS" -> "IP address";
      case "EMAIL" -> "email address";
      case "ACCOUNT" -> "account";
      default -> "identifier of type " + code;
    };
  }

  private static void exhibit(StringBuilder b, Markup m, ProductCase c, String exhibit, String name, String rank,
      List<ProductRequirement> requirements) {
    b.append("<div class=\"exhibit\">\n<h1>Exhibit <span class=\"exhibit-ref\">")
        .append(m.text(exhibit)).append("</span></h1>\n<table class=\"particulars\">\n")
        .append("<tr><th>Produced by</th><td>")
        .append(rank != null && !rank.isBlank() ? m.text(rank) + " " : "").append(m.text(name)).append("</td></tr>\n")
        .append("<tr><th>Authorisation</th><td>").append(m.text(c.applicationReference())).append("</td></tr>\n")
        .append("</table>\n");
    for (ProductRequirement r : requirements) {
      List<Map<String, Object>> records = Markup.records(r);
      b.append("<h2>").append(r.position()).append(". ")
          .append(m.textOr(Markup.dataType(r.dataType()), "Data type not recorded")).append(": ")
          .append(m.text(identifierPhrase(r.identifierType()))).append(" <span class=\"identifier\">")
          .append(m.textOr(r.identifierNormalised(), "not recorded")).append("</span></h2>\n")
          .append("<p class=\"meta\">").append(m.textOr(Markup.csp(r), "CSP not recorded"))
          .append("; CSP request reference ").append(m.textOr(r.cspRequestReference(), "not recorded"))
          .append("; received ").append(m.whenOr(r.receivedAt(), "not recorded")).append(".</p>\n");
      if (Markup.nilReturn(r)) {
        b.append("<p class=\"nil\">Nil return: no data was returned for this request.</p>\n");
      } else if (records.isEmpty()) {
        b.append("<p class=\"nil\">The response contains no records.</p>\n");
      } else {
        b.append(m.recordsTable(records));
      }
    }
    b.append("</div>\n");
  }

  private static void signature(StringBuilder b) {
    b.append("<table class=\"signature\"><tr><td>Signature: ").append(SIGNATURE_LINE).append("</td><td>Date: ")
        .append(SIGNATURE_LINE).append("</td></tr></table>\n");
  }

  private static int pageCount(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not count the statement's pages", e);
    }
  }

  private static String css(Markup m, String exhibit, Integer pages) {
    String marking = m.cssString(MARKING);
    String of = pages == null ? "counter(pages)" : m.cssString(String.valueOf(pages));
    return """
        @page {
          size: A4;
          margin: 22mm 18mm 26mm 18mm;
          @top-center { content: %1$s; font-family: %2$s; font-weight: bold; font-size: 11pt; }
          @top-right { content: "MG11"; font-family: %2$s; font-size: 8pt; color: #444444; }
          @bottom-center { content: %1$s; font-family: %2$s; font-weight: bold; font-size: 11pt; }
          @bottom-left { content: "Signature: ....................................."; font-family: %2$s; font-size: 9pt; }
          @bottom-right { content: "Page " counter(page) " of " %3$s; font-family: %2$s; font-size: 9pt; }
        }
        @page exhibit {
          size: A4 landscape;
          @top-right { content: "Exhibit " %4$s; font-family: %2$s; font-size: 8pt; color: #444444; }
          @bottom-left { content: "Exhibit " %4$s; font-family: %2$s; font-size: 9pt; }
          @bottom-right { content: none; }
        }
        body { font-family: %2$s; font-size: 10.5pt; line-height: 1.35; color: #000000; }
        h1 { font-size: 14pt; margin: 0 0 8pt 0; }
        h1 .rules { display: block; font-size: 9pt; font-weight: normal; margin-top: 2pt; }
        h2 { font-size: 10.5pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }
        table { border-collapse: collapse; width: 100%%; table-layout: fixed; -fs-table-paginate: paginate; }
        th, td { text-align: left; vertical-align: top; padding: 2pt 4pt; word-wrap: break-word; }
        table.particulars th { width: 28%%; }
        table.particulars th, table.particulars td { border: 1px solid #999999; }
        td.fill { height: 12pt; }
        .declaration { border: 1px solid #000000; padding: 4pt 6pt; margin: 8pt 0 4pt 0; }
        .signature { margin: 6pt 0 10pt 0; }
        .signature td { padding: 8pt 0 0 0; width: 50%%; }
        .narrative p { margin: 0 0 7pt 0; }
        .identifier { font-family: %5$s; }
        .exhibit { page: exhibit; page-break-before: always; }
        @media print { body { margin: 0; } .exhibit { width: 260mm; } }
        .meta { margin: 0 0 4pt 0; color: #333333; }
        .nil { font-weight: bold; margin: 2pt 0 4pt 0; }
        .absent { font-style: italic; }
        table.records { font-size: 8pt; margin-bottom: 4pt; }
        table.records th, table.records td { border: 1px solid #999999; }
        table.records th { background-color: #e6e6e6; }
        tr { page-break-inside: avoid; }
        th.row, td.row { text-align: right; color: #444444; }
        """.formatted(marking, Markup.SANS, of, m.cssString(exhibit), Markup.MONO);
  }
}

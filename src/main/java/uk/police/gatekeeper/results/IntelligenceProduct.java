package uk.police.gatekeeper.results;

import java.util.List;
import java.util.Map;

/**
 * The intelligence product: what the SPoC disseminates to the applicant (domain.md 2.6). It says
 * what was authorised, by whom, and what each CSP returned, under the protective marking on every
 * page and the caveat that keeps it out of evidence (domain.md 4). Evidence is a separate product,
 * {@link EvidentialStatement}, which shares nothing with this one but the escaping helper.
 *
 * <p>Pure: no database, no engine, no state; safe to share between threads.
 */
public final class IntelligenceProduct {

  /** The protective marking at the top and bottom of every page. */
  public static final String MARKING = "OFFICIAL-SENSITIVE";

  /** The handling caveat, in a box at the head of the product. */
  public static final String CAVEAT = "This product is intelligence. It must not be used as evidence, or disclosed "
      + "outside the investigation, without reference to the SPoC: it protects a sensitive source and technique.";

  /** What to do instead, and what the data is: beneath the caveat. */
  static final String CAVEAT_ADVICE = "If the results are needed in evidence, ask the SPoC for an evidential "
      + "statement. The data is shown as the communications service provider supplied it; subscriber details "
      + "are as given to the provider and may not have been verified.";

  /** Footer of every page, so that a page separated from the rest still carries the warning. */
  static final String FOOTER_WARNING = "Intelligence only: not for use as evidence";

  private static final String NOT_RECORDED = "not recorded";

  public String html(ProductCase c) {
    return document(c, Markup.HTML);
  }

  public byte[] pdf(ProductCase c) {
    return Markup.pdf(document(c, Markup.PDF));
  }

  private String document(ProductCase c, Markup m) {
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"masthead\">\n<p class=\"kind\">Communications data: intelligence product</p>\n")
        .append("<h1>").append(m.textOr(c.applicationReference(), "No reference")).append("</h1>\n")
        .append("<p class=\"operation\">Operation ").append(m.textOr(c.operationName(), "not named")).append("</p>\n</div>\n");

    b.append("<div class=\"caveat\">\n<p class=\"caveat-title\">Intelligence only</p>\n<p class=\"caveat-text\">")
        .append(m.text(CAVEAT)).append("</p>\n<p>").append(m.text(CAVEAT_ADVICE)).append("</p>\n</div>\n");

    b.append("<h2>Case</h2>\n<table class=\"facts\">\n");
    fact(b, m, "Reference", m.textOr(c.applicationReference(), NOT_RECORDED));
    fact(b, m, "Operation", m.textOr(c.operationName(), NOT_RECORDED));
    fact(b, m, "Statutory purpose", m.textOr(Markup.statutoryPurpose(c.statutoryPurpose()), NOT_RECORDED));
    fact(b, m, "Offence", m.textOr(c.offence(), NOT_RECORDED));
    fact(b, m, "Applicant", m.textOr(c.applicant(), NOT_RECORDED));
    fact(b, m, "SPoC", m.textOr(c.spoc(), NOT_RECORDED));
    b.append("</table>\n");

    b.append("<h2>Authorisation</h2>\n<table class=\"facts\">\n");
    fact(b, m, "Route", m.textOr(Markup.route(c.authorisationRoute()), NOT_RECORDED));
    fact(b, m, "Authorised by", m.textOr(c.authoriser(), NOT_RECORDED));
    fact(b, m, "Authorised at", m.whenOr(c.authorisedAt(), NOT_RECORDED));
    fact(b, m, "Valid until", m.whenOr(c.authorisationExpiresAt(), NOT_RECORDED));
    b.append("</table>\n");

    List<ProductRequirement> requirements = Markup.requirements(c);
    b.append("<h2>What was authorised</h2>\n");
    if (requirements.isEmpty()) {
      b.append("<p class=\"absent\">No data requirement is recorded.</p>\n");
    } else {
      b.append("<table class=\"grid requirements\">\n").append(Markup.colgroup(3, 16, 16, 12, 12, 12, 29))
          .append("<thead><tr><th class=\"row\">#</th><th>Identifier as typed</th>")
          .append("<th>Identifier normalised</th><th>Identifier type</th><th>Data type</th><th>CSP</th><th>Period</th>")
          .append("</tr></thead>\n<tbody>\n");
      for (ProductRequirement r : requirements) {
        b.append("<tr><td class=\"row\">").append(r.position()).append("</td>")
            .append("<td class=\"identifier\">").append(m.textOr(r.identifierAsTyped(), NOT_RECORDED)).append("</td>")
            .append("<td class=\"identifier\">").append(m.textOr(r.identifierNormalised(), NOT_RECORDED)).append("</td>")
            .append("<td>").append(m.textOr(Markup.identifierType(r.identifierType()), NOT_RECORDED)).append("</td>")
            .append("<td>").append(m.textOr(Markup.dataType(r.dataType()), NOT_RECORDED)).append("</td>")
            .append("<td>").append(m.textOr(Markup.csp(r), NOT_RECORDED)).append("</td>")
            .append("<td>").append(period(m, r)).append("</td></tr>\n");
      }
      b.append("</tbody>\n</table>\n");
    }

    // Results on landscape pages: call records run to many columns.
    b.append("<div class=\"results\">\n<h2>Results</h2>\n");
    for (ProductRequirement r : requirements) {
      results(b, m, r);
    }

    b.append("<h2>Production</h2>\n<table class=\"facts\">\n");
    fact(b, m, "Produced by", m.textOr(c.producedBy(), NOT_RECORDED));
    fact(b, m, "Produced at", m.whenOr(c.producedAt(), NOT_RECORDED));
    b.append("</table>\n");
    if (m.substitutesAnything(c)) {
      b.append("<p class=\"note\">Characters that cannot be printed are shown by their Unicode code point, ")
          .append("in the form [U+0000].</p>\n");
    }
    b.append("</div>\n");

    String title = m.plain("Intelligence product " + (c.applicationReference() == null ? "" : c.applicationReference()));
    return Markup.document(title, m.text(MARKING), css(m, c), b.toString());
  }

  private static void results(StringBuilder b, Markup m, ProductRequirement r) {
    List<Map<String, Object>> records = Markup.records(r);
    b.append("<div class=\"requirement\">\n<h3>Requirement ").append(r.position()).append(": ")
        .append(m.textOr(Markup.dataType(r.dataType()), "data type not recorded")).append(", ")
        .append(m.textOr(Markup.identifierType(r.identifierType()), "identifier")).append(" ")
        .append("<span class=\"identifier\">").append(m.textOr(r.identifierNormalised(), NOT_RECORDED)).append("</span></h3>\n")
        .append("<p class=\"meta\">From ").append(m.textOr(Markup.csp(r), "CSP not recorded"))
        .append("; CSP request reference ").append(m.textOr(r.cspRequestReference(), NOT_RECORDED))
        .append("; received ").append(m.whenOr(r.receivedAt(), NOT_RECORDED));
    if (Markup.results(r)) {
      b.append("; ").append(records.size()).append(records.size() == 1 ? " record" : " records");
    }
    b.append(".</p>\n");
    if (Markup.nilReturn(r)) {
      b.append("<p class=\"nil\">Nil return: ").append(m.textOr(Markup.csp(r), "the CSP"))
          .append(" returned no data for this requirement.</p>\n");
    } else if (!Markup.results(r)) {
      b.append("<p class=\"nil\">No response from the CSP is recorded for this requirement.</p>\n");
    } else if (records.isEmpty()) {
      b.append("<p class=\"nil\">The CSP&#39;s response contains no records.</p>\n");
    } else {
      b.append(m.recordsTable(records));
    }
    b.append("</div>\n");
  }

  private static String period(Markup m, ProductRequirement r) {
    String from = m.whenHtml(r.from());
    String to = m.whenHtml(r.to());
    if (from == null) {
      return m.textOr(null, NOT_RECORDED);
    }
    return to == null ? "At " + from : from + " to " + to;
  }

  /** A row of label and value, the value already XHTML. */
  private static void fact(StringBuilder b, Markup m, String label, String valueHtml) {
    b.append("<tr><th>").append(m.text(label)).append("</th><td>").append(valueHtml).append("</td></tr>\n");
  }

  private static String css(Markup m, ProductCase c) {
    String marking = m.cssString(MARKING);
    return """
        @page {
          size: A4;
          margin: 22mm 15mm 22mm 15mm;
          @top-center { content: %1$s; font-family: %3$s; font-weight: bold; font-size: 11pt; }
          @top-right { content: %2$s; font-family: %3$s; font-size: 8pt; color: #444444; }
          @bottom-center { content: %1$s; font-family: %3$s; font-weight: bold; font-size: 11pt; }
          @bottom-left { content: %4$s; font-family: %3$s; font-size: 7.5pt; color: #444444; }
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font-family: %3$s; font-size: 8pt; color: #444444; }
        }
        @page wide { size: A4 landscape; }
        .results { page: wide; }
        @media print { body { margin: 0; } .results { width: 266mm; } }
        body { font-family: %3$s; font-size: 9.5pt; line-height: 1.3; color: #000000; }
        .masthead { border-bottom: 2px solid #000000; margin-bottom: 8pt; }
        .kind { margin: 0; font-size: 9pt; text-transform: uppercase; letter-spacing: 0.5pt; color: #444444; }
        h1 { font-size: 18pt; margin: 2pt 0 0 0; }
        .operation { margin: 2pt 0 6pt 0; font-size: 11pt; }
        h2 { font-size: 12pt; margin: 12pt 0 4pt 0; border-bottom: 1px solid #999999; page-break-after: avoid; }
        h3 { font-size: 10pt; margin: 10pt 0 2pt 0; page-break-after: avoid; }
        .caveat { border: 2px solid #000000; background-color: #f2f2f2; padding: 4pt 8pt; margin: 6pt 0 6pt 0; page-break-inside: avoid; }
        .caveat p { margin: 3pt 0; }
        .caveat-title { font-weight: bold; text-transform: uppercase; }
        .caveat-text { font-weight: bold; }
        table { border-collapse: collapse; width: 100%%; table-layout: fixed; -fs-table-paginate: paginate; }
        th, td { text-align: left; vertical-align: top; padding: 2pt 4pt; word-wrap: break-word; }
        table.facts th { width: 30%%; font-weight: bold; }
        table.facts th, table.facts td { border-bottom: 1px solid #dddddd; }
        table.grid th, table.grid td, table.records th, table.records td { border: 1px solid #999999; }
        table.grid th, table.records th { background-color: #e6e6e6; }
        table.grid { font-size: 8.5pt; }
        table.records { font-size: 8pt; margin-bottom: 4pt; }
        tr { page-break-inside: avoid; }
        th.row, td.row { text-align: right; color: #444444; }
        .identifier { font-family: %5$s; }
        .meta { margin: 0 0 4pt 0; color: #333333; }
        .nil { font-weight: bold; margin: 2pt 0 4pt 0; }
        .absent { font-style: italic; color: #555555; }
        .note { font-size: 8pt; color: #444444; }
        """.formatted(marking, m.cssString(c.applicationReference()), Markup.SANS, m.cssString(FOOTER_WARNING),
        Markup.MONO);
  }
}

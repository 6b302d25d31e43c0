package uk.police.gatekeeper.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The small toolkit both products share: hostile text into XHTML, the records table, labels,
 * date-times, and XHTML into PDF. It holds no case data and nothing mutable; each product builds
 * its own document, so the intelligence product and the evidential statement stay apart.
 *
 * <p>Every value is escaped, whatever its source: record values come from a CSP and names from
 * users. Characters that would be invisible or misleading (controls, bidi overrides, zero-width
 * characters, unpaired surrogates, unassigned code points) are shown as {@code [U+XXXX]} rather than
 * passed through or dropped, so that two identifiers that look alike on paper are alike.
 *
 * <p>The PDF is set in the built-in fonts (Helvetica, Courier: nothing embedded), which draw only
 * Windows-1252. Names in subscriber records are often Polish, Lithuanian, Romanian, Cyrillic...;
 * without help openhtmltopdf prints {@code #} for those letters and the exhibit would silently
 * differ from what the CSP supplied. So in the PDF each run of such characters is set in Liberation
 * Sans, which ships inside the PDFBox jar (no file system, no network) and is embedded as a subset
 * only when a document uses it; a character that font cannot draw either is shown as
 * {@code [U+XXXX]}.
 */
final class Markup {

  /** Text for the HTML rendering: the reader's browser draws any printable character. */
  static final Markup HTML = new Markup(false);
  /** Text for the PDF rendering: built-in fonts, the fallback font where they fall short, else [U+XXXX]. */
  static final Markup PDF = new Markup(true);

  static final String FALLBACK_FAMILY = "Gatekeeper Fallback";
  private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  /** Code points the built-in fonts draw (Windows-1252); written once here, only read afterwards. */
  private static final BitSet BUILT_IN = builtIn();
  /** Code points the fallback font draws; written once here, only read afterwards. */
  private static final BitSet FALLBACK = fallback();

  /** Body text: the built-in sans-serif (Helvetica). */
  static final String SANS = "sans-serif";
  /** Identifiers: the built-in monospace (Courier), where 0 and O, 1 and l differ. */
  static final String MONO = "monospace";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.UK);
  /** CSP records lead with these, in this order; other fields follow as first seen. */
  private static final List<String> LEADING_COLUMNS = List.of("identifier", "dataType", "timestamp");

  private final boolean pdf;

  private Markup(boolean pdf) {
    this.pdf = pdf;
  }

  // ---- text ---------------------------------------------------------------------------------

  /**
   * Any value as XHTML text content; null is empty. In the PDF, runs the built-in fonts cannot draw
   * are wrapped in {@code <span class="fb">} (the fallback font), so this is for element content,
   * not attribute values; {@link #plain} is for those.
   */
  String text(Object value) {
    String s = value == null ? "" : String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    boolean inFallback = false;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      boolean marked = shownAsCodePoint(cp);
      boolean fallback = pdf && !marked && needsFallback(cp);
      if (fallback != inFallback) {
        out.append(fallback ? "<span class=\"fb\">" : "</span>");
        inFallback = fallback;
      }
      if (marked) {
        out.append(codePoint(cp));
      } else {
        escape(cp, out);
      }
    }
    return out.append(inFallback ? "</span>" : "").toString();
  }

  /** Any value as escaped plain text (attribute values, the document title): no markup inside. */
  String plain(Object value) {
    String s = shown(value == null ? "" : String.valueOf(value));
    StringBuilder out = new StringBuilder(s.length() + 16);
    s.codePoints().forEach(cp -> escape(cp, out));
    return out.toString();
  }

  private static void escape(int cp, StringBuilder out) {
    switch (cp) {
      case '&' -> out.append("&amp;");
      case '<' -> out.append("&lt;");
      case '>' -> out.append("&gt;");
      case '"' -> out.append("&quot;");
      case '\'' -> out.append("&#39;");
      default -> out.appendCodePoint(cp);
    }
  }

  /** The value as it will read: every character that cannot be shown as itself written as [U+XXXX]. */
  String shown(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (shownAsCodePoint(cp)) {
        out.append(codePoint(cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /** Like {@link #text}, but a blank value reads as {@code absent} (in the "absent" style). */
  String textOr(String value, String absent) {
    return value == null || value.isBlank() ? "<span class=\"absent\">" + text(absent) + "</span>" : text(value);
  }

  /** Text whose line breaks are kept (a postal address in a subscriber record). */
  String lines(Object value) {
    return text(value).replace("\r\n", "\n").replace('\r', '\n').replace("\n", "<br/>");
  }

  /**
   * A CSS string literal for generated content (page margin boxes). Everything but letters, digits,
   * spaces and {@code -_.,:/()} is a CSS hex escape, so nothing in the value can close the string,
   * the rule or the {@code <style>} element. Margin boxes are set in the built-in font only, so in
   * the PDF anything it cannot draw is shown as [U+XXXX].
   */
  String cssString(String value) {
    String s = value == null ? "" : value;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (shownAsCodePoint(cp) || (pdf && needsFallback(cp))) {
        out.append(codePoint(cp));
      } else if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          || " -_.,:/()".indexOf(cp) >= 0) {
        out.appendCodePoint(cp);
      } else {
        out.append('\\').append(Integer.toHexString(cp)).append(' ');
      }
    }
    return out.append('"').toString();
  }

  /** Whether {@link #text} would show any character of the value as a code point. */
  boolean substitutes(String value) {
    return value != null && value.codePoints().anyMatch(this::shownAsCodePoint);
  }

  /** Whether {@link #text} would show any character of the case's values as a code point. */
  boolean substitutesAnything(ProductCase c) {
    return strings(c).anyMatch(this::substitutes);
  }

  private boolean shownAsCodePoint(int cp) {
    if (cp == '\t' || cp == '\n' || cp == '\r') {
      return false;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.UNASSIGNED,
          Character.PRIVATE_USE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR -> {
        return true;
      }
      default -> {
        return pdf && !BUILT_IN.get(cp) && !FALLBACK.get(cp);
      }
    }
  }

  private static boolean needsFallback(int cp) {
    return !BUILT_IN.get(cp);
  }

  private static String codePoint(int cp) {
    return String.format("[U+%04X]", cp);
  }

  private static Stream<String> strings(ProductCase c) {
    Stream<String> caseFields = Stream.of(c.applicationReference(), c.operationName(), c.statutoryPurpose(),
        c.offence(), c.applicant(), c.spoc(), c.authoriser(), c.authorisationRoute(), c.authorisedAt(),
        c.authorisationExpiresAt(), c.producedAt(), c.producedBy());
    Stream<String> requirementFields = requirements(c).stream().flatMap(r -> Stream.concat(
        Stream.of(r.identifierType(), r.identifierAsTyped(), r.identifierNormalised(), r.dataType(), r.cspId(),
            r.cspName(), r.from(), r.to(), r.outcome(), r.cspRequestReference(), r.receivedAt()),
        records(r).stream().flatMap(record -> record.entrySet().stream())
            .flatMap(e -> Stream.of(String.valueOf(e.getKey()), value(e.getValue())))));
    return Stream.concat(caseFields, requirementFields).filter(Objects::nonNull);
  }

  // ---- the case's parts, null-tolerant -------------------------------------------------------

  static List<ProductRequirement> requirements(ProductCase c) {
    return c.requirements() == null ? List.of()
        : c.requirements().stream().filter(Objects::nonNull).toList();
  }

  static List<Map<String, Object>> records(ProductRequirement r) {
    return r.records() == null ? List.of() : r.records().stream().filter(Objects::nonNull).toList();
  }

  static boolean nilReturn(ProductRequirement r) {
    return "NIL_RETURN".equals(r.outcome());
  }

  static boolean results(ProductRequirement r) {
    return "RESULTS".equals(r.outcome());
  }

  static String csp(ProductRequirement r) {
    return r.cspName() == null || r.cspName().isBlank() ? r.cspId() : r.cspName();
  }

  // ---- records table -------------------------------------------------------------------------

  /** The columns of a set of records: identifier, dataType, timestamp, then every other key as first seen. */
  static List<String> columns(List<Map<String, Object>> records) {
    Set<String> seen = new LinkedHashSet<>();
    for (Map<String, Object> record : records) {
      for (Object key : record.keySet()) {
        seen.add(String.valueOf(key));
      }
    }
    List<String> columns = new ArrayList<>();
    for (String lead : LEADING_COLUMNS) {
      if (seen.remove(lead)) {
        columns.add(lead);
      }
    }
    columns.addAll(seen);
    return columns;
  }

  /** A record's value as the CSP gave it: text as is, structures as JSON, null as nothing. */
  static String value(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Map<?, ?> || value instanceof Collection<?> || value.getClass().isArray()) {
      try {
        return JSON.writeValueAsString(value);
      } catch (JsonProcessingException e) {
        return String.valueOf(value);
      }
    }
    return String.valueOf(value);
  }

  /**
   * The records as a table, numbered so that a row can be referred to; keys and values escaped.
   * Column widths are fixed, in proportion to what each column holds, so that the table never runs
   * off the page and an identifier breaks across lines only when it cannot fit.
   */
  String recordsTable(List<Map<String, Object>> records) {
    List<String> columns = columns(records);
    List<List<String>> rows = records.stream()
        .map(record -> columns.stream().map(column -> value(cell(record, column))).toList()).toList();
    int[] weights = new int[columns.size() + 1];
    weights[0] = ems(String.valueOf(rows.size()), 4);
    for (int i = 0; i < columns.size(); i++) {
      int weight = (int) Math.ceil(1.1 * ems(shown(columns.get(i)), 9)); // headers are bold
      for (List<String> row : rows) {
        weight = Math.max(weight, ems(shown(row.get(i)), 20));
      }
      weights[i + 1] = weight;
    }
    StringBuilder t = new StringBuilder("<table class=\"records\">\n").append(colgroup(weights))
        .append("<thead><tr><th class=\"row\">#</th>");
    for (String column : columns) {
      t.append("<th>").append(text(column)).append("</th>");
    }
    t.append("</tr></thead>\n<tbody>\n");
    int number = 0;
    for (List<String> row : rows) {
      t.append("<tr><td class=\"row\">").append(++number).append("</td>");
      for (String value : row) {
        t.append("<td>").append(lines(value)).append("</td>");
      }
      t.append("</tr>\n");
    }
    return t.append("</tbody>\n</table>\n").toString();
  }

  /**
   * Roughly how wide a value sets in Helvetica, in tenths of an em, with the cell's padding, capped
   * at {@code capEms} (longer values wrap): enough to give each column its share of the table.
   */
  private static int ems(String value, int capEms) {
    double width = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if ("mwMW@".indexOf(cp) >= 0) {
        width += 0.9;
      } else if (Character.isUpperCase(cp)) {
        width += 0.72;
      } else if (Character.isDigit(cp) || "+#_$&%?~=<>".indexOf(cp) >= 0) {
        width += 0.58;
      } else if ("iljtfr .,:;'|!()[]/\\-".indexOf(cp) >= 0) {
        width += 0.32;
      } else {
        width += 0.56;
      }
    }
    return (int) Math.ceil(10 * (Math.min(width, capEms) + 1.1));
  }

  /** Column widths as percentages of the table, from relative weights; the only inline style used. */
  static String colgroup(int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    StringBuilder g = new StringBuilder("<colgroup>");
    for (int weight : weights) {
      g.append(String.format(Locale.ROOT, "<col style=\"width: %.1f%%\"/>", 100.0 * weight / total));
    }
    return g.append("</colgroup>\n").toString();
  }

  private static Object cell(Map<String, Object> record, String column) {
    if (record.containsKey(column)) {
      return record.get(column);
    }
    for (Map.Entry<String, Object> e : record.entrySet()) {
      if (column.equals(String.valueOf(e.getKey()))) {
        return e.getValue();
      }
    }
    return null;
  }

  // ---- date-times and labels -----------------------------------------------------------------

  /**
   * An ISO-8601 date-time with offset, for people, as XHTML: "3 November 2026, 14:05:00
   * (UTC+00:00)", the date and the time with its offset each kept on one line. The offset is always
   * shown (a one-hour slip has put an innocent person in a cell). A value that is not such a
   * date-time is shown as it is; a blank one is null.
   */
  String whenHtml(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(iso.trim());
      return nb(DAY.format(t) + ",") + " "
          + nb(DateTimeFormatter.ISO_LOCAL_TIME.format(t) + " (UTC" + OFFSET.format(t) + ")");
    } catch (DateTimeParseException e) {
      return text(iso);
    }
  }

  /** {@link #whenHtml}, or {@code absent} when blank. */
  String whenOr(String iso, String absent) {
    String when = whenHtml(iso);
    return when == null ? textOr(null, absent) : when;
  }

  /** Text kept on one line (a reference, an identifier in running text). */
  String nb(String value) {
    return "<span class=\"nb\">" + text(value) + "</span>";
  }

  static String identifierType(String code) {
    return label(code, Map.of("MSISDN", "Telephone number (MSISDN)", "IMEI", "Handset (IMEI)",
        "IMSI", "SIM (IMSI)", "IP_ADDRESS", "IP address", "EMAIL", "Email address", "ACCOUNT", "Account"));
  }

  static String dataType(String code) {
    return label(code, Map.of("SUBSCRIBER", "Subscriber information", "CALL_RECORDS", "Call records",
        "CELL_SITE", "Cell site", "IP_RESOLUTION", "IP address resolution", "PAYMENT_DETAILS", "Payment details"));
  }

  static String route(String code) {
    return label(code, Map.of("OCDA", "Office for Communications Data Authorisations (OCDA)",
        "DSO", "Designated Senior Officer (DSO)", "DP", "Designated Person (DP)"));
  }

  static String statutoryPurpose(String code) {
    return label(code, Map.of("CRIME", "Preventing or detecting crime",
        "PREVENT_DEATH_OR_INJURY", "Preventing death or injury", "NATIONAL_SECURITY", "National security",
        "PUBLIC_SAFETY", "Public safety", "MISCARRIAGE_OF_JUSTICE", "Miscarriage of justice"));
  }

  private static String label(String code, Map<String, String> labels) {
    return code == null ? null : labels.getOrDefault(code, code);
  }

  // ---- document and PDF ----------------------------------------------------------------------

  /**
   * An XHTML document (openhtmltopdf reads XML); title already escaped, CSS free of '<' and '&'.
   * The marking heads and ends the body for screen readers of the HTML; in print (and so in the
   * PDF) those lines are hidden and the page margin boxes carry it on every page instead.
   */
  static String document(String escapedTitle, String marking, String css, String body) {
    return "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\" xml:lang=\"en\">\n<head>\n"
        + "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"/>\n"
        + "<title>" + escapedTitle + "</title>\n<style type=\"text/css\">\n" + css
        + ".marking { text-align: center; font-weight: bold; margin: 0 0 6pt 0; }\n"
        + ".nb { white-space: nowrap; }\n"
        + ".fb { font-family: '" + FALLBACK_FAMILY + "'; }\n"
        + "@media print { .marking { display: none; } }\n"
        + "</style>\n</head>\n<body>\n"
        + "<p class=\"marking\">" + marking + "</p>\n"
        + body
        + "<p class=\"marking\">" + marking + "</p>\n"
        + "</body>\n</html>\n";
  }

  /**
   * The XHTML as PDF. Nothing outside the document is fetched: every external resource (image,
   * stylesheet, font URI) is refused before and after URI resolution.
   */
  static byte[] pdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont((FSSupplier<InputStream>) Markup::fallbackFont, FALLBACK_FAMILY, 400, FontStyle.NORMAL, true);
      builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
      builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
      builder.withProducer("Gatekeeper");
      builder.withHtmlContent(xhtml, null);
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the PDF", e);
    }
    return out.toByteArray();
  }

  private static InputStream fallbackFont() {
    InputStream in = Markup.class.getResourceAsStream(FALLBACK_FONT);
    if (in == null) {
      throw new IllegalStateException("PDFBox no longer ships " + FALLBACK_FONT);
    }
    return in;
  }

  private static BitSet fallback() {
    try (InputStream in = fallbackFont(); TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
      CmapLookup cmap = font.getUnicodeCmapLookup();
      BitSet drawable = new BitSet(0x10000);
      for (int cp = 0x20; cp <= 0xFFFF; cp++) {
        if (cmap.getGlyphId(cp) > 0) {
          drawable.set(cp);
        }
      }
      return drawable;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + FALLBACK_FONT, e);
    }
  }

  /** Windows-1252, the encoding of the built-in fonts, less its control characters. */
  private static BitSet builtIn() {
    CharsetEncoder cp1252 = Charset.forName("windows-1252").newEncoder();
    BitSet drawable = new BitSet(0x10000);
    for (int cp = 0x20; cp <= 0xFFFF; cp++) {
      if (!Character.isISOControl(cp) && !Character.isSurrogate((char) cp) && cp1252.canEncode((char) cp)) {
        drawable.set(cp);
      }
    }
    drawable.set('\t');
    drawable.set('\n');
    drawable.set('\r');
    return drawable;
  }

}

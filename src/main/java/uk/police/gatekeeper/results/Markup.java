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
 * passed through or dropped, so that two identifiers that look alike on paper are alike. For the
 * PDF, characters that neither the built-in Helvetica nor the fallback font can draw are shown the
 * same way; without this openhtmltopdf prints {@code #} and the exhibit would silently differ from
 * what the CSP supplied.
 */
final class Markup {

  /** Text for the HTML rendering: the reader's browser draws any printable character. */
  static final Markup HTML = new Markup(false);
  /** Text for the PDF rendering: only what the embedded fonts can draw, the rest as [U+XXXX]. */
  static final Markup PDF = new Markup(true);

  /**
   * Helvetica (built in to every PDF reader, nothing embedded) draws only Windows-1252. Names in
   * subscriber records are often Polish, Lithuanian, Romanian, Cyrillic...: for those characters
   * openhtmltopdf falls back, character by character, to Liberation Sans, which ships inside the
   * PDFBox jar (no file system, no network) and is embedded as a subset only when used.
   */
  static final String FALLBACK_FAMILY = "Gatekeeper Fallback";
  private static final String FALLBACK_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  /** Code points the PDF can draw; written once here and only read afterwards. */
  private static final BitSet DRAWABLE = drawable();

  /** Body text families: built-in sans-serif, then the fallback for what it lacks. */
  static final String SANS = "sans-serif, '" + FALLBACK_FAMILY + "'";
  /** Identifiers: built-in Courier, where 0 and O, 1 and l differ. */
  static final String MONO = "monospace, '" + FALLBACK_FAMILY + "'";

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

  /** Any value as XHTML text content or attribute value; null is empty. */
  String text(Object value) {
    String s = value == null ? "" : String.valueOf(value);
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (shownAsCodePoint(cp)) {
            out.append(codePoint(cp));
          } else {
            out.appendCodePoint(cp);
          }
        }
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
   * the rule or the {@code <style>} element.
   */
  String cssString(String value) {
    String s = value == null ? "" : value;
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (shownAsCodePoint(cp)) {
        for (char ch : codePoint(cp).toCharArray()) {
          out.append('\\').append(Integer.toHexString(ch)).append(' ');
        }
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
        return pdf && !DRAWABLE.get(cp);
      }
    }
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
    weights[0] = Math.max(2, String.valueOf(rows.size()).length()) + 1;
    for (int i = 0; i < columns.size(); i++) {
      int weight = Math.max(4, Math.min(columns.get(i).length(), 12));
      for (List<String> row : rows) {
        weight = Math.max(weight, Math.min(row.get(i).codePointCount(0, row.get(i).length()), 30));
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
   * An ISO-8601 date-time with offset, for people: "3 November 2026, 14:05:00 (UTC+00:00)". The
   * offset is always shown (a one-hour slip has put an innocent person in a cell). A value that is
   * not such a date-time is shown as it is; a blank one is null.
   */
  static String when(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      OffsetDateTime t = OffsetDateTime.parse(iso.trim());
      return DAY.format(t) + ", " + DateTimeFormatter.ISO_LOCAL_TIME.format(t) + " (UTC" + OFFSET.format(t) + ")";
    } catch (DateTimeParseException e) {
      return iso;
    }
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

  private static BitSet drawable() {
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
}

package uk.police.gatekeeper.errors;

import java.util.List;
import java.util.Map;

/**
 * The register as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break is quoted
 * and its quotes doubled). A cell a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) is prefixed with {@code '} so it is shown as text: descriptions are free text.
 */
final class ErrorRegisterCsv {

  static final List<String> COLUMNS = List.of("reference", "application_reference", "error_type", "error_cause",
      "error_class", "data_acquired", "established_at", "report_due_date", "overdue", "status",
      "potentially_serious", "commissioner_reference", "reported_on", "quarantine_decision", "description");

  private static final String CRLF = "\r\n";

  private ErrorRegisterCsv() {
  }

  static String write(List<Map<String, Object>> errors) {
    StringBuilder csv = new StringBuilder();
    line(csv, COLUMNS.stream().map(column -> (Object) column).toList());
    for (Map<String, Object> error : errors) {
      line(csv, COLUMNS.stream().map(error::get).toList());
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<Object> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(cell(values.get(i)));
    }
    csv.append(CRLF);
  }

  static String cell(Object value) {
    String text = value == null ? "" : value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }
}

package uk.police.gatekeeper.errors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which errors of the register to read. Every field is optional (null: not filtered). {@code from} and
 * {@code to} are UK calendar dates on {@code established_at}, both inclusive. The values follow the
 * contract's names for process {@code cd-error}; anything else is refused rather than matching nothing,
 * so a mistyped filter is never mistaken for "no such errors".
 */
public record ErrorFilter(String errorClass, String errorType, String errorCause, String status, LocalDate from,
    LocalDate to, Boolean overdue, String applicationReference) {

  static final List<String> CLASSES = List.of("REPORTABLE", "RECORDABLE");
  static final List<String> TYPES =
      List.of("WRONG_IDENTIFIER", "WRONG_PERIOD", "WRONG_DATA_TYPE", "EXCESS_DATA", "WITHOUT_AUTHORITY", "OTHER");
  static final List<String> CAUSES = List.of("APPLICANT", "SPOC", "AUTHORISER", "CSP", "SYSTEM");
  /** The contract does not list the record's statuses; the column holds upper-case names of at most 20. */
  private static final Pattern STATUS = Pattern.compile("[A-Z][A-Z_]{0,19}");
  private static final Pattern APPLICATION = Pattern.compile("CD-\\d{4}-\\d{6}");

  /** The query parameters of {@code /api/errors}, in the order their messages are given. */
  static final List<String> PARAMETERS =
      List.of("class", "type", "cause", "status", "from", "to", "overdue", "application");

  public static final ErrorFilter NONE = new ErrorFilter(null, null, null, null, null, null, null, null);

  public ErrorFilter {
    List<String> violations = violations(errorClass, errorType, errorCause, status, from, to, applicationReference);
    if (!violations.isEmpty()) {
      throw new InvalidErrorFilter(violations);
    }
  }

  public static ErrorFilter forApplication(String applicationReference) {
    return new ErrorFilter(null, null, null, null, null, null, null, applicationReference);
  }

  /**
   * Reads the query parameters. A blank value means "not filtered" (what an empty form field sends); an
   * unknown or repeated parameter is refused, since silently ignoring it would widen the result.
   */
  public static ErrorFilter fromQuery(Map<String, List<String>> query) {
    List<String> violations = new ArrayList<>();
    query.forEach((name, values) -> {
      if (!PARAMETERS.contains(name)) {
        violations.add(name + ": unknown parameter; use " + String.join(", ", PARAMETERS));
      } else if (values != null && values.size() > 1) {
        violations.add(name + ": must be given at most once");
      }
    });
    String errorClass = single(query, "class");
    String errorType = single(query, "type");
    String errorCause = single(query, "cause");
    String status = single(query, "status");
    LocalDate from = date(single(query, "from"), "from", violations);
    LocalDate to = date(single(query, "to"), "to", violations);
    Boolean overdue = flag(single(query, "overdue"), violations);
    String application = single(query, "application");
    violations.addAll(violations(errorClass, errorType, errorCause, status, from, to, application));
    if (!violations.isEmpty()) {
      violations.sort((a, b) -> Integer.compare(order(a), order(b)));
      throw new InvalidErrorFilter(violations);
    }
    return new ErrorFilter(errorClass, errorType, errorCause, status, from, to, overdue, application);
  }

  /** The filter as its query parameters, only those set: for the audit trail. */
  public Map<String, Object> asQuery() {
    Map<String, Object> query = new LinkedHashMap<>();
    put(query, "class", errorClass);
    put(query, "type", errorType);
    put(query, "cause", errorCause);
    put(query, "status", status);
    put(query, "from", from == null ? null : from.toString());
    put(query, "to", to == null ? null : to.toString());
    put(query, "overdue", overdue);
    put(query, "application", applicationReference);
    return query;
  }

  private static List<String> violations(String errorClass, String errorType, String errorCause, String status,
      LocalDate from, LocalDate to, String applicationReference) {
    List<String> violations = new ArrayList<>();
    oneOf("class", errorClass, CLASSES, violations);
    oneOf("type", errorType, TYPES, violations);
    oneOf("cause", errorCause, CAUSES, violations);
    if (status != null && !STATUS.matcher(status).matches()) {
      violations.add("status: must be an upper-case status name: letters and _, at most 20 characters");
    }
    if (from != null && to != null && to.isBefore(from)) {
      violations.add("to: must not be before from");
    }
    if (applicationReference != null && !APPLICATION.matcher(applicationReference).matches()) {
      violations.add("application: must be an application reference like CD-2026-000123");
    }
    return violations;
  }

  private static void oneOf(String parameter, String value, List<String> allowed, List<String> violations) {
    if (value != null && !allowed.contains(value)) {
      String rule = allowed.size() == 2 ? allowed.get(0) + " or " + allowed.get(1)
          : "one of " + String.join(", ", allowed);
      violations.add(parameter + ": must be " + rule);
    }
  }

  private static String single(Map<String, List<String>> query, String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  private static LocalDate date(String value, String parameter, List<String> violations) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      violations.add(parameter + ": must be a date like 2026-11-29");
      return null;
    }
  }

  private static Boolean flag(String value, List<String> violations) {
    if (value == null) {
      return null;
    }
    return switch (value) {
      case "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> {
        violations.add("overdue: must be true or false");
        yield null;
      }
    };
  }

  private static int order(String violation) {
    int index = PARAMETERS.indexOf(violation.substring(0, violation.indexOf(':')));
    return index < 0 ? -1 : index;
  }

  private static void put(Map<String, Object> query, String name, Object value) {
    if (value != null) {
      query.put(name, value);
    }
  }

  /** A filter value that breaks a rule; the message names each parameter and its rule. */
  public static class InvalidErrorFilter extends IllegalArgumentException {

    public InvalidErrorFilter(List<String> violations) {
      super(String.join("; ", violations));
    }
  }
}

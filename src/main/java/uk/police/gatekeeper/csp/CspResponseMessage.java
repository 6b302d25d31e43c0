package uk.police.gatekeeper.csp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.police.gatekeeper.application.ExplicitOffsetDateTime;

/**
 * A CSP's delivery for one request (its callback to Gatekeeper). {@code deliveryId} is the CSP's
 * own id of this delivery: a delivery that arrives twice is recognised by it and processed once.
 *
 * <p>Each record is the CSP's data as sent: {@code identifier}, {@code dataType} and {@code
 * timestamp} (ISO-8601 with an offset, as text) and the data fields of its type. Whether the
 * records match what was authorised is not checked here but by {@code results.ResultCheck}, so
 * that wrong data is kept and quarantined rather than refused unseen.
 */
public record CspResponseMessage(
    String requestReference, String deliveryId, Status status, List<Map<String, Object>> records) {

  /** What the CSP found: data, or nothing for the identifier and period asked about. */
  public enum Status {
    RESULTS,
    NIL_RETURN
  }

  public static final String IDENTIFIER = "identifier";
  public static final String DATA_TYPE = "dataType";
  public static final String TIMESTAMP = "timestamp";

  static final String TIMESTAMP_RULE = "must be an ISO-8601 date-time with an offset";

  /** Refuses a response that breaks the interface's rules; the problems name the JSON fields. */
  public CspResponseMessage {
    records = records == null ? List.of() : records;
    List<CspProblem> problems = new ArrayList<>();
    requireText(requestReference, "requestReference", problems);
    requireText(deliveryId, "deliveryId", problems);
    if (status == null) {
      problems.add(new CspProblem("status", "is required"));
    }
    List<Map<String, Object>> copies = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      Map<String, Object> record = records.get(i);
      if (record == null) {
        problems.add(new CspProblem(recordPath(i), "must be an object"));
        continue;
      }
      recordProblems(i, record, problems);
      copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(record)));
    }
    statusProblems(status, records.size(), problems);
    if (!problems.isEmpty()) {
      throw new InvalidCspMessageException(problems);
    }
    records = List.copyOf(copies);
  }

  public static CspResponseMessage nilReturn(String requestReference, String deliveryId) {
    return new CspResponseMessage(requestReference, deliveryId, Status.NIL_RETURN, List.of());
  }

  public static CspResponseMessage results(
      String requestReference, String deliveryId, List<Map<String, Object>> records) {
    return new CspResponseMessage(requestReference, deliveryId, Status.RESULTS, records);
  }

  static void requireText(String value, String field, List<CspProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new CspProblem(field, "is required"));
    }
  }

  /** A nil return carries no records; results carry at least one. */
  static void statusProblems(Status status, int recordCount, List<CspProblem> problems) {
    if (status == Status.NIL_RETURN && recordCount > 0) {
      problems.add(new CspProblem("records", "must be empty for a NIL_RETURN"));
    }
    if (status == Status.RESULTS && recordCount == 0) {
      problems.add(new CspProblem("records", "must hold at least one record for RESULTS"));
    }
  }

  /** The fields every record must carry, whatever its data type. */
  static void recordProblems(int index, Map<String, Object> record, List<CspProblem> problems) {
    for (String field : List.of(IDENTIFIER, DATA_TYPE)) {
      Object value = record.get(field);
      String path = recordPath(index) + "." + field;
      if (value == null || (value instanceof String text && text.isBlank())) {
        problems.add(new CspProblem(path, "is required"));
      } else if (!(value instanceof String)) {
        problems.add(new CspProblem(path, "must be a string"));
      }
    }
    Object timestamp = record.get(TIMESTAMP);
    String path = recordPath(index) + "." + TIMESTAMP;
    if (timestamp == null) {
      problems.add(new CspProblem(path, "is required"));
    } else if (!(timestamp instanceof String text) || !ExplicitOffsetDateTime.parse(text).isValid()) {
      problems.add(new CspProblem(path, TIMESTAMP_RULE));
    }
  }

  static String recordPath(int index) {
    return "records[" + index + "]";
  }
}

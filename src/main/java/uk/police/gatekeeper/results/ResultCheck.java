package uk.police.gatekeeper.results;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.ExplicitOffsetDateTime;
import uk.police.gatekeeper.application.Parsed;
import uk.police.gatekeeper.csp.CspResponseMessage;

/**
 * The automatic check of a CSP's answer against what was authorised, run before any person sees
 * the data (domain.md section 2.5). Every record must name the authorised identifier (compared in
 * normalised form), be of the authorised data type, fall inside the authorised period (compared as
 * instants: a one-hour time-zone slip is the classic error) and carry only the fields of that data
 * type; entity data may not run to more than a set number of records. A single finding quarantines
 * the whole response.
 *
 * <p>Which request the response answers is the caller's business: it looks the request up by the
 * response's reference and passes that request's authorised requirement.
 */
public final class ResultCheck {

  public static final Duration DEFAULT_IP_RESOLUTION_TOLERANCE = Duration.ZERO;
  public static final int DEFAULT_MAX_ENTITY_RECORDS = 10;

  /** Fields every record carries, whatever its data type. */
  public static final Set<String> RECORD_FIELDS = Set.of(
      CspResponseMessage.IDENTIFIER, CspResponseMessage.DATA_TYPE, CspResponseMessage.TIMESTAMP);

  /** The data fields each data type may carry; anything else in a record is excess data. */
  public static final Map<DataType, Set<String>> ALLOWED_FIELDS = allowedFields();

  private final Duration ipResolutionTolerance;
  private final int maxEntityRecords;

  public ResultCheck() {
    this(DEFAULT_IP_RESOLUTION_TOLERANCE, DEFAULT_MAX_ENTITY_RECORDS);
  }

  /**
   * @param ipResolutionTolerance how far a record's time may lie from the single authorised moment
   *     of a requirement without {@code to} (an IP resolution); zero means the same instant
   * @param maxEntityRecords the most records an answer for entity data (subscriber, IP resolution,
   *     payment details) may hold
   */
  public ResultCheck(Duration ipResolutionTolerance, int maxEntityRecords) {
    Objects.requireNonNull(ipResolutionTolerance, "ipResolutionTolerance is required");
    if (ipResolutionTolerance.isNegative()) {
      throw new IllegalArgumentException("ipResolutionTolerance must not be negative");
    }
    if (maxEntityRecords < 1) {
      throw new IllegalArgumentException("maxEntityRecords must be at least 1");
    }
    this.ipResolutionTolerance = ipResolutionTolerance;
    this.maxEntityRecords = maxEntityRecords;
  }

  public CheckResult check(AuthorisedRequirement authorised, CspResponseMessage response) {
    Objects.requireNonNull(authorised, "authorised is required");
    Objects.requireNonNull(response, "response is required");
    if (response.status() == CspResponseMessage.Status.NIL_RETURN) {
      return new CheckResult(CheckResult.Outcome.NIL_RETURN, List.of());
    }
    List<Finding> findings = new ArrayList<>();
    List<Map<String, Object>> records = response.records();
    for (int i = 0; i < records.size(); i++) {
      checkRecord(authorised, i, records.get(i), findings);
    }
    DataType dataType = authorised.dataType();
    if (!dataType.isEventsData() && records.size() > maxEntityRecords) {
      findings.add(new Finding(Finding.EXCESS_DATA, Finding.WHOLE_RESPONSE,
          records.size() + " records, more than the " + maxEntityRecords + " expected for "
              + dataType + " data"));
    }
    return findings.isEmpty()
        ? new CheckResult(CheckResult.Outcome.PASSED, List.of())
        : new CheckResult(CheckResult.Outcome.QUARANTINED, findings);
  }

  private void checkRecord(
      AuthorisedRequirement authorised, int index, Map<String, Object> record,
      List<Finding> findings) {
    checkIdentifier(authorised, index, record, findings);
    boolean rightDataType = checkDataType(authorised, index, record, findings);
    checkPeriod(authorised, index, record, findings);
    if (rightDataType) {
      // A record of another data type is wholly beyond what was asked and is reported once, as
      // WRONG_DATA_TYPE; its fields are not listed again as excess.
      checkFields(authorised.dataType(), index, record, findings);
    }
  }

  private static void checkIdentifier(
      AuthorisedRequirement authorised, int index, Map<String, Object> record,
      List<Finding> findings) {
    String identifier = String.valueOf(record.get(CspResponseMessage.IDENTIFIER));
    Parsed<String> normalised = authorised.identifierType().normalise(identifier);
    if (!normalised.isValid()) {
      findings.add(new Finding(Finding.WRONG_IDENTIFIER, index, "identifier " + identifier
          + " is not a valid " + authorised.identifierType() + ": " + normalised.problem()));
    } else if (!normalised.value().equals(authorised.identifierNormalised())) {
      findings.add(new Finding(Finding.WRONG_IDENTIFIER, index, "identifier " + identifier
          + " (normalised " + normalised.value() + ") is not the authorised "
          + authorised.identifierNormalised()));
    }
    // Behind carrier-grade NAT the port is part of what identifies the subscriber.
    if (authorised.port() != null && record.containsKey("port")) {
      Object port = record.get("port");
      boolean same = port instanceof Number number
          && number.doubleValue() == authorised.port().doubleValue();
      if (!same) {
        findings.add(new Finding(Finding.WRONG_IDENTIFIER, index,
            "port " + port + " is not the authorised port " + authorised.port()));
      }
    }
  }

  private static boolean checkDataType(
      AuthorisedRequirement authorised, int index, Map<String, Object> record,
      List<Finding> findings) {
    Object dataType = record.get(CspResponseMessage.DATA_TYPE);
    if (authorised.dataType().name().equals(dataType)) {
      return true;
    }
    findings.add(new Finding(Finding.WRONG_DATA_TYPE, index,
        "dataType " + dataType + " is not the authorised " + authorised.dataType()));
    return false;
  }

  private void checkPeriod(
      AuthorisedRequirement authorised, int index, Map<String, Object> record,
      List<Finding> findings) {
    Parsed<OffsetDateTime> parsed =
        ExplicitOffsetDateTime.parse(String.valueOf(record.get(CspResponseMessage.TIMESTAMP)));
    if (!parsed.isValid()) {
      // CspResponseMessage refuses such records; kept so that the check never passes one.
      findings.add(new Finding(Finding.WRONG_PERIOD, index, "timestamp cannot be read"));
      return;
    }
    OffsetDateTime at = parsed.value();
    OffsetDateTime from = authorised.from();
    OffsetDateTime to = authorised.to();
    // OffsetDateTime.isBefore/isAfter compare instants, whatever the offsets.
    boolean inside = to == null
        ? Duration.between(from, at).abs().compareTo(ipResolutionTolerance) <= 0
        : !at.isBefore(from) && !at.isAfter(to);
    if (inside) {
      return;
    }
    String authorisedPeriod = to == null
        ? "the authorised moment " + written(from)
            + (ipResolutionTolerance.isZero() ? "" : " (tolerance " + ipResolutionTolerance + ")")
        : "the authorised period " + written(from) + " to " + written(to);
    findings.add(new Finding(Finding.WRONG_PERIOD, index,
        "timestamp " + written(at) + " is outside " + authorisedPeriod));
  }

  private static void checkFields(
      DataType dataType, int index, Map<String, Object> record, List<Finding> findings) {
    Set<String> allowed = ALLOWED_FIELDS.get(dataType);
    Set<String> excess = new TreeSet<>();
    for (String field : record.keySet()) {
      if (!RECORD_FIELDS.contains(field) && !allowed.contains(field)) {
        excess.add(field);
      }
    }
    if (!excess.isEmpty()) {
      findings.add(new Finding(Finding.EXCESS_DATA, index, (excess.size() == 1 ? "field " : "fields ")
          + String.join(", ", excess) + " not part of " + dataType + " data"));
    }
  }

  /** The time as the CSP wrote it and as UTC, so that an offset slip shows at a glance. */
  private static String written(OffsetDateTime at) {
    String asWritten = ExplicitOffsetDateTime.format(at);
    String utc = ExplicitOffsetDateTime.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    return asWritten.equals(utc) ? asWritten : asWritten + " (" + utc + ")";
  }

  private static Map<DataType, Set<String>> allowedFields() {
    Map<DataType, Set<String>> fields = new EnumMap<>(DataType.class);
    fields.put(DataType.SUBSCRIBER, Set.of(
        "name", "address", "dateOfBirth", "accountStart", "accountEnd", "accountNumber"));
    fields.put(DataType.CALL_RECORDS, Set.of("otherParty", "direction", "durationSeconds"));
    fields.put(DataType.CELL_SITE, Set.of("cellId", "latitude", "longitude", "azimuth"));
    fields.put(DataType.IP_RESOLUTION, Set.of("accountNumber", "name", "address", "port"));
    fields.put(DataType.PAYMENT_DETAILS, Set.of(
        "paymentMethod", "cardLast4", "billingAddress", "amount"));
    if (fields.size() != DataType.values().length) {
      throw new ExceptionInInitializerError("every data type needs its allowed fields");
    }
    return Collections.unmodifiableMap(fields);
  }
}

package uk.police.gatekeeper.csp;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.ExplicitOffsetDateTime;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.application.Parsed;
import uk.police.gatekeeper.csp.CspResponseMessage.Status;
import uk.police.gatekeeper.sla.Grade;

/**
 * The JSON of the messages exchanged with a CSP (docs/csp-interface.md). Field names follow ETSI
 * TS 102 657 (RDHI). Reading is strict: unknown fields, duplicate keys, missing fields and
 * date-times without an offset are problems, reported with the JSON path of the field; a body that
 * is not JSON at all is a problem too, never an exception.
 */
public final class CspMessages {

  /** Duplicate keys would let a body say two things at once ("identifier" twice); refused. */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final TypeReference<LinkedHashMap<String, Object>> RECORD =
      new TypeReference<>() {};

  private static final Set<String> REQUEST_FIELDS = Set.of("requestID", "requestReference",
      "cSPID", "timeStamp", "requestPriority", "requestParameters", "spocPIN");
  private static final Set<String> REQUEST_ID_FIELDS =
      Set.of("countryCode", "authorisedOrganizationID", "requestNumber");
  private static final Set<String> PARAMETER_FIELDS =
      Set.of("identifierType", "identifier", "dataType", "period", "port");
  private static final Set<String> PERIOD_FIELDS = Set.of("from", "to");
  private static final Set<String> RESPONSE_FIELDS =
      Set.of("requestReference", "deliveryId", "status", "records");

  private CspMessages() {}

  // ---- request ------------------------------------------------------------------------------

  public static String toJson(CspRequestMessage request) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode id = root.putObject("requestID");
    id.put("countryCode", request.countryCode());
    id.put("authorisedOrganizationID", request.authorisedOrganisationId());
    id.put("requestNumber", request.requestNumber());
    root.put("requestReference", request.requestReference());
    root.put("cSPID", request.cspId());
    root.put("timeStamp", ExplicitOffsetDateTime.format(request.timestamp()));
    root.put("requestPriority", request.priority().name());
    ObjectNode parameters = root.putObject("requestParameters");
    parameters.put("identifierType", request.identifierType().name());
    parameters.put("identifier", request.identifier());
    parameters.put("dataType", request.dataType().name());
    ObjectNode period = parameters.putObject("period");
    period.put("from", ExplicitOffsetDateTime.format(request.from()));
    if (request.to() != null) {
      period.put("to", ExplicitOffsetDateTime.format(request.to()));
    }
    if (request.port() != null) {
      parameters.put("port", request.port());
    }
    root.put("spocPIN", request.spocPin());
    return write(root);
  }

  /**
   * Reads a request (the simulator's side of the interface).
   *
   * @throws InvalidCspMessageException with every problem found, each naming its JSON field
   */
  public static CspRequestMessage requestFromJson(String body) {
    List<CspProblem> problems = new ArrayList<>();
    JsonNode root = readObject(body, problems);
    if (root == null) {
      throw new InvalidCspMessageException(problems);
    }
    Fields top = new Fields(root, "", problems);
    top.onlyKnown(REQUEST_FIELDS);
    Fields id = top.object("requestID");
    String organisation = null;
    String countryCode = null;
    Long requestNumber = null;
    if (id != null) {
      id.onlyKnown(REQUEST_ID_FIELDS);
      countryCode = id.text("countryCode");
      organisation = id.text("authorisedOrganizationID");
      requestNumber = id.wholeNumber("requestNumber");
    }
    String reference = top.text("requestReference");
    String cspId = top.text("cSPID");
    OffsetDateTime timestamp = top.dateTime("timeStamp", true);
    Grade priority = top.name("requestPriority", Grade.class);
    String spocPin = top.text("spocPIN");
    Fields parameters = top.object("requestParameters");
    IdentifierType identifierType = null;
    String identifier = null;
    DataType dataType = null;
    OffsetDateTime from = null;
    OffsetDateTime to = null;
    Long port = null;
    if (parameters != null) {
      parameters.onlyKnown(PARAMETER_FIELDS);
      identifierType = parameters.name("identifierType", IdentifierType.class);
      identifier = parameters.text("identifier");
      dataType = parameters.name("dataType", DataType.class);
      port = parameters.optionalWholeNumber("port");
      Fields period = parameters.object("period");
      if (period != null) {
        period.onlyKnown(PERIOD_FIELDS);
        from = period.dateTime("from", true);
        to = period.dateTime("to", false);
      }
      if (identifierType != null && identifier != null) {
        String problem = CspRequestMessage.normalisationProblem(identifierType, identifier);
        if (problem != null) {
          problems.add(new CspProblem(parameters.path("identifier"), problem));
        }
      }
      if (dataType != null && from != null) {
        String problem = CspRequestMessage.periodProblem(dataType, from, to);
        if (problem != null) {
          problems.add(new CspProblem(parameters.path("period") + ".to", problem));
        }
      }
      if (port != null && (port < 0 || port > 65535)) {
        problems.add(new CspProblem(parameters.path("port"), "must be from 0 to 65535"));
      }
    }
    if (requestNumber != null
        && (requestNumber < 0 || requestNumber > CspRequestMessage.MAX_REQUEST_NUMBER)) {
      problems.add(new CspProblem("requestID.requestNumber",
          "must be from 0 to " + CspRequestMessage.MAX_REQUEST_NUMBER));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCspMessageException(problems);
    }
    try {
      return new CspRequestMessage(reference, countryCode, organisation, requestNumber, cspId,
          timestamp, priority, identifierType, identifier, dataType, from, to,
          port == null ? null : port.intValue(), spocPin);
    } catch (IllegalArgumentException | NullPointerException broken) {
      // e.g. an organisation id that cannot go into a reference: reported, never thrown raw.
      throw new InvalidCspMessageException(List.of(new CspProblem("body", broken.getMessage())));
    }
  }

  // ---- response -----------------------------------------------------------------------------

  public static String toJson(CspResponseMessage response) {
    ObjectNode root = JSON.createObjectNode();
    root.put("requestReference", response.requestReference());
    root.put("deliveryId", response.deliveryId());
    root.put("status", response.status().name());
    ArrayNode records = root.putArray("records");
    for (Map<String, Object> record : response.records()) {
      records.add(JSON.valueToTree(record));
    }
    return write(root);
  }

  /**
   * Reads and validates a CSP's callback body. Never throws for anything the CSP sent: malformed
   * JSON, a wrong shape or a broken rule comes back as problems naming the field, e.g. {@code
   * records[2].timestamp: must be an ISO-8601 date-time with an offset}.
   */
  public static CspResponseReading responseFromJson(String body) {
    List<CspProblem> problems = new ArrayList<>();
    JsonNode root = readObject(body, problems);
    if (root == null) {
      return CspResponseReading.refused(problems);
    }
    Fields top = new Fields(root, "", problems);
    top.onlyKnown(RESPONSE_FIELDS);
    String reference = top.text("requestReference");
    String deliveryId = top.text("deliveryId");
    Status status = top.name("status", Status.class);
    List<Map<String, Object>> records = new ArrayList<>();
    boolean recordsReadable = true;
    JsonNode array = root.get("records");
    if (array != null && !array.isNull()) {
      if (!array.isArray()) {
        problems.add(new CspProblem("records", "must be an array"));
        recordsReadable = false;
      } else {
        for (int i = 0; i < array.size(); i++) {
          JsonNode element = array.get(i);
          if (!element.isObject()) {
            problems.add(new CspProblem(CspResponseMessage.recordPath(i), "must be an object"));
            continue;
          }
          LinkedHashMap<String, Object> record = JSON.convertValue(element, RECORD);
          CspResponseMessage.recordProblems(i, record, problems);
          records.add(record);
        }
      }
    }
    if (recordsReadable) {
      CspResponseMessage.statusProblems(status, array == null ? 0 : array.size(), problems);
    }
    if (!problems.isEmpty()) {
      return CspResponseReading.refused(problems);
    }
    try {
      return CspResponseReading.accepted(
          new CspResponseMessage(reference, deliveryId, status, records));
    } catch (InvalidCspMessageException broken) {
      return CspResponseReading.refused(broken.problems());
    }
  }

  // ---- shared -------------------------------------------------------------------------------

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException impossible) {
      throw new IllegalStateException("a JSON tree could not be written", impossible);
    }
  }

  /** The body as a JSON object, or null with the problem recorded. */
  private static JsonNode readObject(String body, List<CspProblem> problems) {
    if (body == null || body.isBlank()) {
      problems.add(new CspProblem("body", "is required"));
      return null;
    }
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonProcessingException malformed) {
      // Jackson's message quotes the body; only the position is repeated.
      JsonLocation at = malformed.getLocation();
      String where = at == null
          ? ""
          : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      problems.add(new CspProblem("body", "is not well-formed JSON" + where));
      return null;
    }
    if (root == null || !root.isObject()) {
      problems.add(new CspProblem("body", "must be a JSON object"));
      return null;
    }
    return root;
  }

  /** Reads the fields of one JSON object, recording problems under its path. */
  private static final class Fields {
    private final JsonNode node;
    private final String prefix;
    private final List<CspProblem> problems;

    Fields(JsonNode node, String prefix, List<CspProblem> problems) {
      this.node = node;
      this.prefix = prefix;
      this.problems = problems;
    }

    String path(String field) {
      return prefix.isEmpty() ? field : prefix + "." + field;
    }

    void onlyKnown(Set<String> known) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!known.contains(name)) {
          problems.add(new CspProblem(path(name), "is not a field of this message"));
        }
      }
    }

    private JsonNode present(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        problems.add(new CspProblem(path(field), "is required"));
        return null;
      }
      return value;
    }

    String text(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return null;
      }
      if (!value.isTextual()) {
        problems.add(new CspProblem(path(field), "must be a string"));
        return null;
      }
      if (value.textValue().isBlank()) {
        problems.add(new CspProblem(path(field), "is required"));
        return null;
      }
      return value.textValue();
    }

    Fields object(String field) {
      JsonNode value = present(field);
      if (value == null) {
        return null;
      }
      if (!value.isObject()) {
        problems.add(new CspProblem(path(field), "must be an object"));
        return null;
      }
      return new Fields(value, path(field), problems);
    }

    Long wholeNumber(String field) {
      JsonNode value = present(field);
      return value == null ? null : asWholeNumber(field, value);
    }

    Long optionalWholeNumber(String field) {
      JsonNode value = node.get(field);
      return value == null || value.isNull() ? null : asWholeNumber(field, value);
    }

    private Long asWholeNumber(String field, JsonNode value) {
      if (!value.isIntegralNumber() || !value.canConvertToLong()) {
        problems.add(new CspProblem(path(field), "must be a whole number"));
        return null;
      }
      return value.longValue();
    }

    <E extends Enum<E>> E name(String field, Class<E> type) {
      String text = text(field);
      if (text == null) {
        return null;
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      problems.add(new CspProblem(path(field), "must be one of "
          + Arrays.stream(type.getEnumConstants()).map(Enum::name)
              .collect(Collectors.joining(", "))));
      return null;
    }

    OffsetDateTime dateTime(String field, boolean required) {
      JsonNode value = node.get(field);
      if (!required && (value == null || value.isNull())) {
        return null;
      }
      String text = text(field);
      if (text == null) {
        return null;
      }
      Parsed<OffsetDateTime> parsed = ExplicitOffsetDateTime.parse(text);
      if (!parsed.isValid()) {
        problems.add(new CspProblem(path(field), CspResponseMessage.TIMESTAMP_RULE));
        return null;
      }
      return parsed.value();
    }
  }
}

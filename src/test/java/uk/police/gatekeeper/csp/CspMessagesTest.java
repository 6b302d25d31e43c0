package uk.police.gatekeeper.csp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.sla.Grade;

class CspMessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** JSON written with single quotes, for readability. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static CspRequestMessage ipRequest() {
    return CspRequestMessage.create("GB", "TVP", 7, "bravo-broadband",
        OffsetDateTime.parse("2026-11-03T09:15:00Z"), Grade.GRADE_2, IdentifierType.IP_ADDRESS,
        "2001:db8::7", DataType.IP_RESOLUTION, OffsetDateTime.parse("2026-10-31T23:59:58+00:00"),
        null, 51234, "SPOC-77");
  }

  // ---- request ------------------------------------------------------------------------------

  @Test
  void requestIsWrittenWithRdhiFieldNamesAndOffsetsKept() throws Exception {
    CspRequestMessage request = CspRequestMessageTest.subscriberRequest("+447700900123");
    JsonNode written = JSON.readTree(CspMessages.toJson(request));

    assertThat(written.at("/requestID/countryCode").asText()).isEqualTo("GB");
    assertThat(written.at("/requestID/authorisedOrganizationID").asText()).isEqualTo("TVP");
    assertThat(written.at("/requestID/requestNumber").isIntegralNumber()).isTrue();
    assertThat(written.at("/requestID/requestNumber").asLong()).isEqualTo(42);
    assertThat(written.at("/requestReference").asText())
        .isEqualTo("GB-TVP-00000042-alpha-mobile-20260703T130509Z");
    assertThat(written.at("/cSPID").asText()).isEqualTo("alpha-mobile");
    assertThat(written.at("/timeStamp").asText()).isEqualTo("2026-07-03T14:05:09+01:00");
    assertThat(written.at("/requestPriority").asText()).isEqualTo("ROUTINE");
    assertThat(written.at("/requestParameters/identifierType").asText()).isEqualTo("MSISDN");
    assertThat(written.at("/requestParameters/identifier").asText()).isEqualTo("+447700900123");
    assertThat(written.at("/requestParameters/dataType").asText()).isEqualTo("SUBSCRIBER");
    assertThat(written.at("/requestParameters/period/from").asText())
        .isEqualTo("2026-06-01T00:00:00+01:00");
    assertThat(written.at("/requestParameters/period/to").asText())
        .isEqualTo("2026-06-30T23:59:59+01:00");
    assertThat(written.at("/requestParameters").has("port")).isFalse();
    assertThat(written.at("/spocPIN").asText()).isEqualTo("SPOC-1234");
    assertThat(fieldNames(written))
        .containsExactly("requestID", "requestReference", "cSPID", "timeStamp", "requestPriority",
            "requestParameters", "spocPIN");
  }

  @Test
  void requestRoundTrips() {
    for (CspRequestMessage request :
        List.of(CspRequestMessageTest.subscriberRequest("+447700900123"), ipRequest())) {
      assertThat(CspMessages.requestFromJson(CspMessages.toJson(request))).isEqualTo(request);
    }
  }

  @Test
  void ipRequestCarriesThePortAndNoTo() throws Exception {
    JsonNode written = JSON.readTree(CspMessages.toJson(ipRequest()));
    assertThat(written.at("/requestParameters/port").asInt()).isEqualTo(51234);
    assertThat(written.at("/requestParameters/period").has("to")).isFalse();
    assertThat(written.at("/requestPriority").asText()).isEqualTo("GRADE_2");
  }

  @Test
  void readingABadRequestListsEveryProblemWithItsPath() {
    String body = CspMessages.toJson(CspRequestMessageTest.subscriberRequest("+447700900123"))
        .replace("\"+447700900123\"", "\"07700 900123\"")
        .replace("\"2026-06-01T00:00:00+01:00\"", "\"2026-06-01T00:00:00\"")
        .replace("\"requestNumber\":42", "\"requestNumber\":\"42\"")
        .replace("\"spocPIN\"", "\"colour\":\"red\",\"spocPIN\"")
        .replace("\"dataType\":\"SUBSCRIBER\"", "\"dataType\":\"SUBSCRIBER\",\"extra\":1");

    InvalidCspMessageException refused =
        catchThrowableOfType(() -> CspMessages.requestFromJson(body), InvalidCspMessageException.class);

    assertThat(refused.problems()).extracting(CspProblem::toString).containsExactlyInAnyOrder(
        "colour: is not a field of this message",
        "requestID.requestNumber: must be a whole number",
        "requestParameters.extra: is not a field of this message",
        "requestParameters.period.from: must be an ISO-8601 date-time with an offset",
        "requestParameters.identifier: must be in normalised form "
            + "(MSISDN identifiers are sent normalised)");
  }

  @Test
  void readingMalformedRequestIsAProblemNotAParserException() {
    InvalidCspMessageException refused = catchThrowableOfType(
        () -> CspMessages.requestFromJson("{\"requestID\":"), InvalidCspMessageException.class);
    assertThat(refused.problems()).singleElement().extracting(CspProblem::field).isEqualTo("body");
  }

  @Test
  void readingARequestWithoutAnythingListsTheRequiredFields() {
    InvalidCspMessageException refused =
        catchThrowableOfType(() -> CspMessages.requestFromJson("{}"), InvalidCspMessageException.class);
    assertThat(refused.problems()).extracting(CspProblem::toString).containsExactlyInAnyOrder(
        "requestID: is required", "requestReference: is required", "cSPID: is required",
        "timeStamp: is required", "requestPriority: is required", "spocPIN: is required",
        "requestParameters: is required");
  }

  // ---- response -----------------------------------------------------------------------------

  private static Map<String, Object> record(String timestamp) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("identifier", "+447700900123");
    record.put("dataType", "CALL_RECORDS");
    record.put("timestamp", timestamp);
    record.put("otherParty", "+447700900456");
    record.put("direction", "OUTGOING");
    record.put("durationSeconds", 73);
    return record;
  }

  @Test
  void responseRoundTrips() {
    CspResponseMessage results = CspResponseMessage.results("GB-TVP-00000042-alpha-mobile-x",
        "DLV-1", List.of(record("2026-06-02T10:00:00+01:00"), record("2026-06-03T11:00:00Z")));
    CspResponseMessage nil = CspResponseMessage.nilReturn("GB-TVP-00000043-alpha-mobile-x", "DLV-2");

    for (CspResponseMessage response : List.of(results, nil)) {
      CspResponseReading read = CspMessages.responseFromJson(CspMessages.toJson(response));
      assertThat(read.problems()).isEmpty();
      assertThat(read.message()).isEqualTo(response);
    }
  }

  @Test
  void responseIsWrittenWithItsFieldNames() throws Exception {
    CspResponseMessage results = CspResponseMessage.results("REF", "DLV-1",
        List.of(record("2026-06-02T10:00:00+01:00")));
    JsonNode written = JSON.readTree(CspMessages.toJson(results));
    assertThat(fieldNames(written)).containsExactly("requestReference", "deliveryId", "status", "records");
    assertThat(written.at("/status").asText()).isEqualTo("RESULTS");
    assertThat(written.at("/records/0/timestamp").asText()).isEqualTo("2026-06-02T10:00:00+01:00");
    assertThat(written.at("/records/0/durationSeconds").isInt()).isTrue();
  }

  @Test
  void aNilReturnMayOmitRecordsOrSendThemEmpty() {
    assertThat(CspMessages.responseFromJson(json(
        "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN'}")).isValid()).isTrue();
    assertThat(CspMessages.responseFromJson(json(
        "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN','records':null}")).isValid())
        .isTrue();
  }

  private static final String REC =
      "{'identifier':'+447700900123','dataType':'SUBSCRIBER','timestamp':'2026-06-01T10:00:00Z'}";

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"                                                                           | body: is required",
      "\"   \"                                                                        | body: is required",
      "[1,2]                                                                        | body: must be a JSON object",
      "'true'                                                                       | body: must be a JSON object",
      "{'deliveryId':'D','status':'NIL_RETURN'}                                     | requestReference: is required",
      "{'requestReference':' ','deliveryId':'D','status':'NIL_RETURN'}              | requestReference: is required",
      "{'requestReference':7,'deliveryId':'D','status':'NIL_RETURN'}                | requestReference: must be a string",
      "{'requestReference':'R','status':'NIL_RETURN'}                               | deliveryId: is required",
      "{'requestReference':'R','deliveryId':'D'}                                    | status: is required",
      "{'requestReference':'R','deliveryId':'D','status':'nil_return'}              | status: must be one of RESULTS, NIL_RETURN",
      "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN','note':'x'}   | note: is not a field of this message",
      "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN','records':[REC]} | records: must be empty for a NIL_RETURN",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[]}    | records: must hold at least one record for RESULTS",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS'}                 | records: must hold at least one record for RESULTS",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':REC}   | records: must be an array",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[REC,'x']} | records[1]: must be an object",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[REC,{'dataType':'SUBSCRIBER','timestamp':'2026-06-01T10:00:00Z'}]} | records[1].identifier: is required",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':'+447700900123','timestamp':'2026-06-01T10:00:00Z'}]} | records[0].dataType: is required",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':'+447700900123','dataType':3,'timestamp':'2026-06-01T10:00:00Z'}]} | records[0].dataType: must be a string",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':447700900123,'dataType':'SUBSCRIBER','timestamp':'2026-06-01T10:00:00Z'}]} | records[0].identifier: must be a string",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':'+447700900123','dataType':'SUBSCRIBER'}]} | records[0].timestamp: is required",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[REC,REC,{'identifier':'+447700900123','dataType':'SUBSCRIBER','timestamp':'2026-06-01T10:00:00'}]} | records[2].timestamp: must be an ISO-8601 date-time with an offset",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':'+447700900123','dataType':'SUBSCRIBER','timestamp':1780308000}]} | records[0].timestamp: must be an ISO-8601 date-time with an offset",
      "{'requestReference':'R','deliveryId':'D','status':'RESULTS','records':[{'identifier':'+447700900123','dataType':'SUBSCRIBER','timestamp':'1 June 2026'}]} | records[0].timestamp: must be an ISO-8601 date-time with an offset",
  })
  void refusesABadResponseNamingTheFieldAndTheRule(String body, String problem) {
    CspResponseReading read = CspMessages.responseFromJson(json(body.replace("REC", REC)));
    assertThat(read.isValid()).isFalse();
    assertThat(read.message()).isNull();
    assertThat(read.problems()).extracting(CspProblem::toString).containsExactly(problem);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN'",
      "not json at all",
      "{'requestReference':'R','requestReference':'S','deliveryId':'D','status':'NIL_RETURN'}",
      "{'requestReference':'R','deliveryId':'D','status':'NIL_RETURN'} {}",
      "{requestReference:'R'}",
  })
  void malformedJsonIsAProblemNeverAnException(String body) {
    CspResponseReading read = CspMessages.responseFromJson(json(body));
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("body");
      assertThat(problem.rule()).startsWith("is not well-formed JSON (line 1, column ");
    });
  }

  @Test
  void problemsNeverRepeatWhatTheCspSent() {
    CspResponseReading read = CspMessages.responseFromJson(
        "{\"requestReference\":\"R\",\"deliveryId\":\"D\",\"status\":\"RESULTS\",\"records\":[{"
            + "\"identifier\":\"Jane Doe, 1 Secret Street\",\"dataType\":\"SUBSCRIBER\","
            + "\"timestamp\":\"SECRET-TIME\"}], \"SECRET\": 1, \"x\": \"Jane Doe");
    assertThat(read.problems()).allSatisfy(problem ->
        assertThat(problem.toString()).doesNotContain("Jane", "SECRET", "Secret"));
  }

  @Test
  void reportsEveryProblemOfABodyAtOnce() {
    CspResponseReading read = CspMessages.responseFromJson(json(
        "{'deliveryId':5,'status':'RESULTS','extra':true,'records':[{'identifier':'+447700900123',"
            + "'dataType':'SUBSCRIBER','timestamp':'2026-06-01T10:00'}]}"));
    assertThat(read.problems()).extracting(CspProblem::toString).containsExactlyInAnyOrder(
        "extra: is not a field of this message",
        "requestReference: is required",
        "deliveryId: must be a string",
        "records[0].timestamp: must be an ISO-8601 date-time with an offset");
  }

  @Test
  void theResponseRecordRefusesWhatTheParserRefuses() {
    InvalidCspMessageException refused = catchThrowableOfType(
        () -> CspResponseMessage.results("R", "D", List.of()), InvalidCspMessageException.class);
    assertThat(refused.problems()).extracting(CspProblem::toString)
        .containsExactly("records: must hold at least one record for RESULTS");
  }

  @Test
  void recordsAreCopiedSoTheMessageCannotChangeAfterwards() {
    Map<String, Object> record = record("2026-06-02T10:00:00+01:00");
    CspResponseMessage response = CspResponseMessage.results("R", "D", List.of(record));
    record.put("identifier", "+447700900999");
    assertThat(response.records().get(0)).containsEntry("identifier", "+447700900123");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}

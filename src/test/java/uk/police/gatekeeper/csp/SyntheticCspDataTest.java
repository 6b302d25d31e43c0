package uk.police.gatekeeper.csp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.application.Parsed;
import uk.police.gatekeeper.results.AuthorisedRequirement;
import uk.police.gatekeeper.results.CheckResult;
import uk.police.gatekeeper.results.CheckResult.Outcome;
import uk.police.gatekeeper.results.Finding;
import uk.police.gatekeeper.results.ResultCheck;
import uk.police.gatekeeper.sla.Grade;

class SyntheticCspDataTest {

  private static final OffsetDateTime SENT = OffsetDateTime.parse("2026-11-03T09:00:00Z");
  /** A period across the end of BST (25 October 2026), authorised in local offsets. */
  private static final OffsetDateTime FROM = OffsetDateTime.parse("2026-10-24T18:00:00+01:00");
  private static final OffsetDateTime TO = OffsetDateTime.parse("2026-10-26T08:00:00+00:00");

  private final ResultCheck check = new ResultCheck();

  private static CspRequestMessage request(
      IdentifierType type, String identifier, DataType dataType) {
    boolean ip = dataType == DataType.IP_RESOLUTION;
    return CspRequestMessage.create("GB", "TVP", 9, "alpha-mobile", SENT, Grade.GRADE_3, type,
        identifier, dataType, FROM, ip ? null : TO, ip ? 40001 : null, "SPOC-9");
  }

  private static CspRequestMessage msisdnRequest(String msisdn, DataType dataType) {
    return request(IdentifierType.MSISDN, msisdn, dataType);
  }

  private static AuthorisedRequirement authorised(CspRequestMessage request) {
    return new AuthorisedRequirement(request.identifierType(), request.identifier(),
        request.dataType(), request.from(), request.to(), request.port());
  }

  /** The callback as Gatekeeper receives it: parsed from JSON, then checked. */
  private CheckResult received(CspRequestMessage request, String body) {
    CspResponseReading read = CspMessages.responseFromJson(body);
    assertThat(read.problems()).isEmpty();
    return check.check(authorised(request), read.message());
  }

  static Stream<CspRequestMessage> wellBehavedRequests() {
    return Stream.concat(
        Stream.of(DataType.values()).map(type -> msisdnRequest("+447700900123", type)),
        Stream.of(
            request(IdentifierType.IP_ADDRESS, "2001:db8::7", DataType.IP_RESOLUTION),
            request(IdentifierType.EMAIL, "J.Smith@example.com", DataType.SUBSCRIBER),
            request(IdentifierType.IMEI, "490154203237518", DataType.CELL_SITE),
            msisdnRequest("+447700900999", DataType.CALL_RECORDS),
            msisdnRequest("+447700900008", DataType.PAYMENT_DETAILS)));
  }

  @ParameterizedTest
  @MethodSource("wellBehavedRequests")
  void theGoodAnswerPassesTheResultCheck(CspRequestMessage request) {
    CspResponseMessage answer = SyntheticCspData.answer(request);
    assertThat(answer.requestReference()).isEqualTo(request.requestReference());
    assertThat(answer.status()).isEqualTo(CspResponseMessage.Status.RESULTS);
    assertThat(answer.records()).isNotEmpty();
    assertThat(check.check(authorised(request), answer))
        .isEqualTo(new CheckResult(Outcome.PASSED, List.of()));

    String body = SyntheticCspData.callbackBody(request).orElseThrow();
    assertThat(received(request, body).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(CspMessages.responseFromJson(body).message()).isEqualTo(answer);
  }

  @Test
  void theAnswerIsTheSameEveryTimeAndDependsOnTheIdentifier() {
    CspRequestMessage request = msisdnRequest("+447700900123", DataType.CALL_RECORDS);
    assertThat(SyntheticCspData.answer(request)).isEqualTo(SyntheticCspData.answer(request));
    assertThat(CspMessages.toJson(SyntheticCspData.answer(request)))
        .isEqualTo(CspMessages.toJson(SyntheticCspData.answer(request)));

    Map<String, Object> one = SyntheticCspData.answer(
        msisdnRequest("+447700900123", DataType.SUBSCRIBER)).records().get(0);
    Map<String, Object> other = SyntheticCspData.answer(
        msisdnRequest("+447700900124", DataType.SUBSCRIBER)).records().get(0);
    assertThat(List.of(one.get("name"), one.get("address"), one.get("accountNumber")))
        .isNotEqualTo(List.of(other.get("name"), other.get("address"), other.get("accountNumber")));
  }

  @Test
  void theSubscriberIsTheSamePersonWhateverIsAsked() {
    Map<String, Object> subscriber = SyntheticCspData.answer(
        msisdnRequest("+447700900123", DataType.SUBSCRIBER)).records().get(0);
    Map<String, Object> ip = SyntheticCspData.answer(
        msisdnRequest("+447700900123", DataType.IP_RESOLUTION)).records().get(0);
    assertThat(ip.get("name")).isEqualTo(subscriber.get("name"));
    assertThat(ip.get("address")).isEqualTo(subscriber.get("address"));
    assertThat((String) subscriber.get("address")).matches(
        "Flat \\d, \\d{1,3} [A-Za-z ]+, [A-Za-z]+ [A-Z]{2}\\d [0-9][A-Z]{2}");
  }

  @Test
  void theDeliveryIdComesFromTheReferenceSoAResendIsRecognised() {
    CspRequestMessage request = msisdnRequest("+447700900123", DataType.SUBSCRIBER);
    assertThat(SyntheticCspData.answer(request).deliveryId())
        .isEqualTo(SyntheticCspData.deliveryId(request.requestReference()))
        .startsWith("DLV-");
    assertThat(SyntheticCspData.deliveryId("GB-TVP-00000001-alpha-mobile-20261103T090000Z"))
        .isNotEqualTo(SyntheticCspData.deliveryId("GB-TVP-00000002-alpha-mobile-20261103T090000Z"));
  }

  // ---- triggers -----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(SimulatorTrigger.class)
  void everyTriggerIsAValidNormalisedMsisdn(SimulatorTrigger trigger) {
    Parsed<String> parsed = IdentifierType.MSISDN.normalise(trigger.msisdn());
    assertThat(parsed.problem()).isNull();
    assertThat(parsed.value()).isEqualTo(trigger.msisdn());
    assertThat(SimulatorTrigger.of(IdentifierType.MSISDN, trigger.msisdn())).contains(trigger);
  }

  @Test
  void triggersAreTheDocumentedNumbers() {
    assertThat(SimulatorTrigger.NIL_RETURN.msisdn()).isEqualTo("+447700900001");
    assertThat(SimulatorTrigger.SERVER_ERROR.msisdn()).isEqualTo("+447700900002");
    assertThat(SimulatorTrigger.NEVER_ANSWERS.msisdn()).isEqualTo("+447700900003");
    assertThat(SimulatorTrigger.MALFORMED_BODY.msisdn()).isEqualTo("+447700900004");
    assertThat(SimulatorTrigger.WRONG_IDENTIFIER.msisdn()).isEqualTo("+447700900005");
    assertThat(SimulatorTrigger.OUTSIDE_PERIOD.msisdn()).isEqualTo("+447700900006");
    assertThat(SimulatorTrigger.EXCESS_DATA.msisdn()).isEqualTo("+447700900007");
  }

  @Test
  void onlyAnMsisdnPullsATrigger() {
    assertThat(SimulatorTrigger.of(IdentifierType.ACCOUNT, "+447700900001")).isEmpty();
    assertThat(SimulatorTrigger.of(IdentifierType.MSISDN, "+447700900008")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void nilReturnTrigger(DataType dataType) {
    CspRequestMessage request = msisdnRequest("+447700900001", dataType);
    String body = SyntheticCspData.callbackBody(request).orElseThrow();
    CheckResult result = received(request, body);
    assertThat(result.outcome()).isEqualTo(Outcome.NIL_RETURN);
    assertThat(result.findings()).isEmpty();
  }

  @Test
  void serverErrorAndNeverAnswersSendNoCallback() {
    for (SimulatorTrigger trigger :
        List.of(SimulatorTrigger.SERVER_ERROR, SimulatorTrigger.NEVER_ANSWERS)) {
      CspRequestMessage request = msisdnRequest(trigger.msisdn(), DataType.SUBSCRIBER);
      assertThat(trigger.callsBack()).isFalse();
      assertThat(SyntheticCspData.misbehave(trigger, request)).isEmpty();
      assertThat(SyntheticCspData.callbackBody(request)).isEmpty();
    }
    assertThat(SimulatorTrigger.SERVER_ERROR.requestStatus()).isEqualTo(500);
    assertThat(SimulatorTrigger.NEVER_ANSWERS.requestStatus()).isEqualTo(202);
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void malformedBodyTriggerIsRefusedAsNotWellFormed(DataType dataType) {
    CspRequestMessage request = msisdnRequest("+447700900004", dataType);
    CspResponseReading read =
        CspMessages.responseFromJson(SyntheticCspData.callbackBody(request).orElseThrow());
    assertThat(read.isValid()).isFalse();
    assertThat(read.problems()).singleElement().satisfies(problem -> {
      assertThat(problem.field()).isEqualTo("body");
      assertThat(problem.rule()).startsWith("is not well-formed JSON");
    });
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void wrongIdentifierTrigger(DataType dataType) {
    CspRequestMessage request = msisdnRequest("+447700900005", dataType);
    CheckResult result = received(request, SyntheticCspData.callbackBody(request).orElseThrow());
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo(Finding.WRONG_IDENTIFIER);
      assertThat(finding.recordIndex()).isZero();
      assertThat(finding.detail()).contains("+447700900050");
    });
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void outsidePeriodTrigger(DataType dataType) {
    CspRequestMessage request = msisdnRequest("+447700900006", dataType);
    CheckResult result = received(request, SyntheticCspData.callbackBody(request).orElseThrow());
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo(Finding.WRONG_PERIOD);
      assertThat(finding.recordIndex()).isZero();
    });
  }

  @Test
  void outsidePeriodIsTheClassicOneHourSlip() {
    CspRequestMessage request = msisdnRequest("+447700900006", DataType.SUBSCRIBER);
    CspResponseMessage read = CspMessages.responseFromJson(
        SyntheticCspData.callbackBody(request).orElseThrow()).message();
    // 18:00+01:00 authorised; the CSP's record reads 18:00 too, but an hour ahead of it.
    assertThat(read.records().get(0).get("timestamp")).isEqualTo("2026-10-24T18:00:00+02:00");
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void excessDataTrigger(DataType dataType) {
    CspRequestMessage request = msisdnRequest("+447700900007", dataType);
    CheckResult result = received(request, SyntheticCspData.callbackBody(request).orElseThrow());
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo(Finding.EXCESS_DATA);
      assertThat(finding.recordIndex()).isZero();
      assertThat(finding.detail()).contains(SyntheticCspData.EXCESS_FIELD);
    });
  }

  @Test
  void theGoodAnswerIgnoresTriggers() {
    // answer() is always the well-behaved one; the simulator picks misbehaviour via callbackBody.
    CspRequestMessage request = msisdnRequest("+447700900005", DataType.SUBSCRIBER);
    assertThat(check.check(authorised(request), SyntheticCspData.answer(request)).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void transposedSwapsTheLastTwoDigits() {
    assertThat(SyntheticCspData.transposed("+447700900005")).isEqualTo("+447700900050");
    assertThat(SyntheticCspData.transposed("+447700900011")).isEqualTo("+447700900012");
  }
}

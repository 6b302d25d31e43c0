package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.csp.CspResponseMessage;
import uk.police.gatekeeper.results.CheckResult.Outcome;

class ResultCheckTest {

  private final ResultCheck check = new ResultCheck();

  /** Calls in June 2026, authorised in BST (+01:00). */
  private static final AuthorisedRequirement CALLS = new AuthorisedRequirement(
      IdentifierType.MSISDN, "+447700900123", DataType.CALL_RECORDS,
      OffsetDateTime.parse("2026-06-01T09:00:00+01:00"),
      OffsetDateTime.parse("2026-06-01T17:00:00+01:00"), null);

  /** Who used 203.0.113.7 port 51234 at one moment, authorised in GMT. */
  private static final AuthorisedRequirement IP = new AuthorisedRequirement(
      IdentifierType.IP_ADDRESS, "203.0.113.7", DataType.IP_RESOLUTION,
      OffsetDateTime.parse("2026-11-03T14:05:00+00:00"), null, 51234);

  private static Map<String, Object> call(String identifier, String timestamp) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("identifier", identifier);
    record.put("dataType", "CALL_RECORDS");
    record.put("timestamp", timestamp);
    record.put("otherParty", "+447700900456");
    record.put("direction", "INCOMING");
    record.put("durationSeconds", 42);
    return record;
  }

  private static Map<String, Object> ipRecord(String timestamp, Object port) {
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("identifier", "203.0.113.7");
    record.put("dataType", "IP_RESOLUTION");
    record.put("timestamp", timestamp);
    record.put("accountNumber", "ACC00000001");
    record.put("name", "Alex Example");
    record.put("address", "Flat 3, 14 Example Road, Readingford RG1 1AA");
    record.put("port", port);
    return record;
  }

  private static CspResponseMessage results(List<Map<String, Object>> records) {
    return CspResponseMessage.results("REF", "DLV", records);
  }

  private CheckResult check(AuthorisedRequirement requirement, Map<String, Object> record) {
    return check.check(requirement, results(List.of(record)));
  }

  @Test
  void passesRecordsThatMatchTheAuthorisation() {
    CheckResult result = check.check(CALLS, results(List.of(
        call("+447700900123", "2026-06-01T09:00:00+01:00"),
        call("+447700900123", "2026-06-01T12:30:00Z"),
        call("+447700900123", "2026-06-01T17:00:00+01:00"))));
    assertThat(result).isEqualTo(new CheckResult(Outcome.PASSED, List.of()));
    assertThat(result.isQuarantined()).isFalse();
  }

  @Test
  void aNilReturnIsANilReturnWithNoFindings() {
    CheckResult result = check.check(CALLS, CspResponseMessage.nilReturn("REF", "DLV"));
    assertThat(result.outcome()).isEqualTo(Outcome.NIL_RETURN);
    assertThat(result.findings()).isEmpty();
  }

  // ---- identifier ---------------------------------------------------------------------------

  @Test
  void anIdentifierInAnotherLayoutIsTheSameIdentifier() {
    assertThat(check(CALLS, call("07700 900123", "2026-06-01T10:00:00+01:00")).outcome())
        .isEqualTo(Outcome.PASSED);
    assertThat(check(CALLS, call("+44 7700 900 123", "2026-06-01T10:00:00+01:00")).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void anotherIdentifierIsAWrongIdentifier() {
    CheckResult result = check.check(CALLS, results(List.of(
        call("+447700900123", "2026-06-01T10:00:00+01:00"),
        call("07700 900132", "2026-06-01T11:00:00+01:00"))));
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("WRONG_IDENTIFIER");
      assertThat(finding.recordIndex()).isEqualTo(1);
      assertThat(finding.detail()).contains("+447700900132", "+447700900123");
    });
  }

  @Test
  void anIdentifierThatIsNotOneAtAllIsAWrongIdentifier() {
    CheckResult result = check(CALLS, call("ask the customer", "2026-06-01T10:00:00+01:00"));
    assertThat(result.findings()).extracting(Finding::errorType).containsExactly("WRONG_IDENTIFIER");
  }

  @Test
  void ipv6IsComparedInCanonicalForm() {
    AuthorisedRequirement v6 = new AuthorisedRequirement(IdentifierType.IP_ADDRESS, "2001:db8::7",
        DataType.IP_RESOLUTION, OffsetDateTime.parse("2026-11-03T14:05:00Z"), null, null);
    Map<String, Object> record = ipRecord("2026-11-03T14:05:00Z", 1);
    record.put("identifier", "2001:0DB8:0:0:0:0:0:7");
    assertThat(check(v6, record).outcome()).isEqualTo(Outcome.PASSED);
    record.put("identifier", "2001:db8::70");
    assertThat(check(v6, record).findings()).extracting(Finding::errorType)
        .containsExactly("WRONG_IDENTIFIER");
  }

  @Test
  void anotherPortThanTheAuthorisedOneIsAWrongIdentifier() {
    assertThat(check(IP, ipRecord("2026-11-03T14:05:00Z", 51234)).outcome())
        .isEqualTo(Outcome.PASSED);
    CheckResult result = check(IP, ipRecord("2026-11-03T14:05:00Z", 51243));
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("WRONG_IDENTIFIER");
      assertThat(finding.detail()).contains("port 51243", "51234");
    });
  }

  @Test
  void theAuthorisationMustNameANormalisedIdentifier() {
    assertThatThrownBy(() -> new AuthorisedRequirement(IdentifierType.MSISDN, "07700 900123",
            DataType.SUBSCRIBER, CALLS.from(), CALLS.to(), null))
        .hasMessageContaining("normalised");
  }

  // ---- data type ----------------------------------------------------------------------------

  @Test
  void anotherDataTypeIsAWrongDataType() {
    Map<String, Object> record = call("+447700900123", "2026-06-01T10:00:00+01:00");
    record.put("dataType", "CELL_SITE");
    CheckResult result = check(CALLS, record);
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("WRONG_DATA_TYPE");
      assertThat(finding.recordIndex()).isZero();
      assertThat(finding.detail()).contains("CELL_SITE", "CALL_RECORDS");
    });
  }

  @Test
  void theDataTypeMustBeTheContractsNameExactly() {
    Map<String, Object> record = call("+447700900123", "2026-06-01T10:00:00+01:00");
    record.put("dataType", "call_records");
    assertThat(check(CALLS, record).findings()).extracting(Finding::errorType)
        .containsExactly("WRONG_DATA_TYPE");
  }

  // ---- period -------------------------------------------------------------------------------

  @Test
  void aTimeOutsideThePeriodIsAWrongPeriod() {
    CheckResult result = check.check(CALLS, results(List.of(
        call("+447700900123", "2026-06-01T10:00:00+01:00"),
        call("+447700900123", "2026-06-01T17:00:01+01:00"),
        call("+447700900123", "2026-06-01T08:59:59+01:00"))));
    assertThat(result.findings()).extracting(Finding::errorType, Finding::recordIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("WRONG_PERIOD", 1),
            org.assertj.core.groups.Tuple.tuple("WRONG_PERIOD", 2));
  }

  @Test
  void aGmtTimeWhoseClockReadsInsideABstPeriodIsOutsideIt() {
    // 16:30 reads inside 09:00-17:00, but 16:30+00:00 is 17:30 BST: after the period ends.
    CheckResult late = check(CALLS, call("+447700900123", "2026-06-01T16:30:00+00:00"));
    assertThat(late.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(late.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("WRONG_PERIOD");
      assertThat(finding.detail())
          .contains("2026-06-01T16:30:00+00:00", "2026-06-01T16:00:00+00:00");
    });
    // 08:30 BST is 07:30Z: the clock reads outside, but 08:30+00:00 is 09:30 BST, inside.
    assertThat(check(CALLS, call("+447700900123", "2026-06-01T08:30:00+00:00")).outcome())
        .isEqualTo(Outcome.PASSED);
  }

  @Test
  void anIpResolutionMustBeAtTheAuthorisedInstant() {
    assertThat(check(IP, ipRecord("2026-11-03T14:05:00+00:00", 51234)).outcome())
        .isEqualTo(Outcome.PASSED);
    // The same instant written in another offset is the same moment.
    assertThat(check(IP, ipRecord("2026-11-03T15:05:00+01:00", 51234)).outcome())
        .isEqualTo(Outcome.PASSED);
    // The same clock reading in BST is an hour earlier: another user may have had the address.
    CheckResult slipped = check(IP, ipRecord("2026-11-03T14:05:00+01:00", 51234));
    assertThat(slipped.findings()).extracting(Finding::errorType).containsExactly("WRONG_PERIOD");
    assertThat(check(IP, ipRecord("2026-11-03T14:05:01+00:00", 51234)).findings())
        .extracting(Finding::errorType).containsExactly("WRONG_PERIOD");
  }

  @Test
  void theIpResolutionToleranceIsConfigurable() {
    ResultCheck tolerant = new ResultCheck(Duration.ofSeconds(2), 10);
    assertThat(tolerant.check(IP, results(List.of(ipRecord("2026-11-03T14:05:02Z", 51234))))
        .outcome()).isEqualTo(Outcome.PASSED);
    assertThat(tolerant.check(IP, results(List.of(ipRecord("2026-11-03T14:04:58Z", 51234))))
        .outcome()).isEqualTo(Outcome.PASSED);
    assertThat(tolerant.check(IP, results(List.of(ipRecord("2026-11-03T14:05:03Z", 51234))))
        .findings()).extracting(Finding::errorType).containsExactly("WRONG_PERIOD");
    assertThatThrownBy(() -> new ResultCheck(Duration.ofSeconds(-1), 10))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---- excess data --------------------------------------------------------------------------

  @Test
  void aFieldBeyondTheDataTypeIsExcessData() {
    Map<String, Object> record = call("+447700900123", "2026-06-01T10:00:00+01:00");
    record.put("cellId", "234-15-1-2");
    record.put("imei", "490154203237518");
    CheckResult result = check(CALLS, record);
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("EXCESS_DATA");
      assertThat(finding.recordIndex()).isZero();
      assertThat(finding.detail()).isEqualTo("fields cellId, imei not part of CALL_RECORDS data");
    });
  }

  @ParameterizedTest
  @EnumSource(DataType.class)
  void everyDataTypeAllowsItsOwnFieldsAndNothingElse(DataType dataType) {
    AuthorisedRequirement requirement = new AuthorisedRequirement(IdentifierType.MSISDN,
        "+447700900123", dataType, CALLS.from(), CALLS.to(), null);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("identifier", "+447700900123");
    record.put("dataType", dataType.name());
    record.put("timestamp", "2026-06-01T10:00:00+01:00");
    ResultCheck.ALLOWED_FIELDS.get(dataType).forEach(field -> record.put(field, "x"));
    assertThat(check(requirement, record).outcome()).isEqualTo(Outcome.PASSED);

    record.put("notes", "x");
    assertThat(check(requirement, record).findings()).extracting(Finding::errorType)
        .containsExactly("EXCESS_DATA");
  }

  @Test
  void theAllowedFieldsAreTheContractsList() {
    assertThat(ResultCheck.ALLOWED_FIELDS.get(DataType.SUBSCRIBER)).containsExactlyInAnyOrder(
        "name", "address", "dateOfBirth", "accountStart", "accountEnd", "accountNumber");
    assertThat(ResultCheck.ALLOWED_FIELDS.get(DataType.IP_RESOLUTION))
        .containsExactlyInAnyOrder("accountNumber", "name", "address", "port");
    assertThat(ResultCheck.ALLOWED_FIELDS.get(DataType.CELL_SITE))
        .containsExactlyInAnyOrder("cellId", "latitude", "longitude", "azimuth");
    assertThat(ResultCheck.ALLOWED_FIELDS.get(DataType.CALL_RECORDS))
        .containsExactlyInAnyOrder("otherParty", "direction", "durationSeconds");
    assertThat(ResultCheck.ALLOWED_FIELDS.get(DataType.PAYMENT_DETAILS))
        .containsExactlyInAnyOrder("paymentMethod", "cardLast4", "billingAddress", "amount");
    assertThat(ResultCheck.ALLOWED_FIELDS).hasSize(DataType.values().length);
  }

  @Test
  void moreEntityRecordsThanTheMaximumIsExcessData() {
    assertThat(check.check(IP, results(ipRecords(10))).outcome()).isEqualTo(Outcome.PASSED);

    CheckResult eleven = check.check(IP, results(ipRecords(11)));
    assertThat(eleven.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(eleven.findings()).singleElement().satisfies(finding -> {
      assertThat(finding.errorType()).isEqualTo("EXCESS_DATA");
      assertThat(finding.recordIndex()).isEqualTo(Finding.WHOLE_RESPONSE);
      assertThat(finding.detail()).contains("11 records", "10");
    });
  }

  @Test
  void theMaximumIsConfigurable() {
    ResultCheck strict = new ResultCheck(Duration.ZERO, 1);
    assertThat(strict.check(IP, results(ipRecords(1))).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(strict.check(IP, results(ipRecords(2))).findings())
        .extracting(Finding::errorType).containsExactly("EXCESS_DATA");
  }

  @Test
  void eventsDataHasNoRecordLimit() {
    List<Map<String, Object>> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(call("+447700900123", "2026-06-01T10:00:00+01:00"));
    }
    assertThat(check.check(CALLS, results(calls)).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void oneFindingInOneRecordQuarantinesTheWholeResponseAndEveryFindingIsListed() {
    Map<String, Object> bad = call("+447700900999", "2026-06-02T10:00:00+01:00");
    bad.put("imsi", "234150999999999");
    CheckResult result = check.check(CALLS, results(List.of(
        call("+447700900123", "2026-06-01T10:00:00+01:00"), bad)));
    assertThat(result.outcome()).isEqualTo(Outcome.QUARANTINED);
    assertThat(result.findings()).extracting(Finding::errorType, Finding::recordIndex)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("WRONG_IDENTIFIER", 1),
            org.assertj.core.groups.Tuple.tuple("WRONG_PERIOD", 1),
            org.assertj.core.groups.Tuple.tuple("EXCESS_DATA", 1));
  }

  private static List<Map<String, Object>> ipRecords(int count) {
    List<Map<String, Object>> records = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      records.add(ipRecord("2026-11-03T14:05:00Z", 51234));
    }
    return records;
  }
}

package uk.police.gatekeeper.csp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import uk.police.gatekeeper.application.DataType;
import uk.police.gatekeeper.application.IdentifierType;
import uk.police.gatekeeper.sla.Grade;

class CspRequestMessageTest {

  static final OffsetDateTime SENT = OffsetDateTime.parse("2026-07-03T14:05:09+01:00");
  static final OffsetDateTime FROM = OffsetDateTime.parse("2026-06-01T00:00:00+01:00");
  static final OffsetDateTime TO = OffsetDateTime.parse("2026-06-30T23:59:59+01:00");

  static CspRequestMessage subscriberRequest(String msisdn) {
    return CspRequestMessage.create("GB", "TVP", 42, "alpha-mobile", SENT, Grade.ROUTINE,
        IdentifierType.MSISDN, msisdn, DataType.SUBSCRIBER, FROM, TO, null, "SPOC-1234");
  }

  @Test
  void referenceHasTheRequestNumberInEightDigitsAndTheTimeInUtc() {
    assertThat(CspRequestMessage.reference("GB", "TVP", 42, "alpha-mobile", SENT))
        .isEqualTo("GB-TVP-00000042-alpha-mobile-20260703T130509Z");
  }

  @Test
  void referenceOfTheSameInstantIsTheSameWhateverTheOffset() {
    OffsetDateTime sameInstantInUtc = OffsetDateTime.parse("2026-07-03T13:05:09Z");
    assertThat(CspRequestMessage.reference("GB", "TVP", 42, "alpha-mobile", sameInstantInUtc))
        .isEqualTo(CspRequestMessage.reference("GB", "TVP", 42, "alpha-mobile", SENT));
  }

  @Test
  void referenceRefusesPartsThatWouldBreakItsShape() {
    assertThatThrownBy(() -> CspRequestMessage.reference("gb", "TVP", 1, "alpha-mobile", SENT))
        .hasMessageContaining("countryCode");
    assertThatThrownBy(() -> CspRequestMessage.reference("GB", "T V P", 1, "alpha-mobile", SENT))
        .hasMessageContaining("organisationId");
    assertThatThrownBy(() -> CspRequestMessage.reference("GB", "TVP", 100_000_000, "a", SENT))
        .hasMessageContaining("requestNumber");
    assertThatThrownBy(() -> CspRequestMessage.reference("GB", "TVP", -1, "a", SENT))
        .hasMessageContaining("requestNumber");
  }

  @Test
  void createBuildsTheReferenceFromTheMessagesOwnFields() {
    CspRequestMessage request = subscriberRequest("+447700900123");
    assertThat(request.requestReference()).isEqualTo("GB-TVP-00000042-alpha-mobile-20260703T130509Z");
    assertThat(request.countryCode()).isEqualTo("GB");
  }

  @Test
  void refusesAnIdentifierThatIsNotNormalised() {
    assertThatThrownBy(() -> subscriberRequest("07700 900123"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("normalised");
    assertThatThrownBy(() -> subscriberRequest("07700 90012"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("identifier");
  }

  @Test
  void onlyAnIpResolutionMayOmitTo() {
    assertThatThrownBy(() -> CspRequestMessage.create("GB", "TVP", 1, "alpha-mobile", SENT,
            Grade.ROUTINE, IdentifierType.MSISDN, "+447700900123", DataType.SUBSCRIBER, FROM,
            null, null, "SPOC-1234"))
        .hasMessageContaining("only an IP resolution");
    CspRequestMessage ip = CspRequestMessage.create("GB", "TVP", 1, "bravo-broadband", SENT,
        Grade.ROUTINE, IdentifierType.IP_ADDRESS, "203.0.113.7", DataType.IP_RESOLUTION, FROM,
        null, 51234, "SPOC-1234");
    assertThat(ip.to()).isNull();
  }

  @Test
  void refusesAPeriodTheWrongWayRoundComparedAsInstants() {
    // 10:30+01:00 is 09:30Z, before 10:00Z although its wall-clock time is later.
    OffsetDateTime from = OffsetDateTime.parse("2026-06-01T10:00:00Z");
    OffsetDateTime to = OffsetDateTime.parse("2026-06-01T10:30:00+01:00");
    assertThatThrownBy(() -> CspRequestMessage.create("GB", "TVP", 1, "alpha-mobile", SENT,
            Grade.ROUTINE, IdentifierType.MSISDN, "+447700900123", DataType.CALL_RECORDS, from,
            to, null, "SPOC-1234"))
        .hasMessageContaining("must be after from");
  }
}

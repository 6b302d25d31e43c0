package uk.police.gatekeeper.authorisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AuthorisationValidityTest {

  private final AuthorisationValidity validity = new AuthorisationValidity();

  private static OffsetDateTime at(String isoWithOffset) {
    return OffsetDateTime.parse(isoWithOffset);
  }

  @Test
  void aMonthStarting7JuneEnds6July() {
    assertThat(validity.expiresAt(at("2026-06-07T10:15:00+01:00")))
        .isEqualTo(at("2026-07-06T23:59:59+01:00"));
  }

  @Test
  void aMonthStarting30JanuaryEnds29FebruaryInALeapYear() {
    assertThat(validity.expiresAt(at("2028-01-30T09:00:00Z")))
        .isEqualTo(at("2028-02-29T23:59:59Z"));
  }

  @Test
  void aMonthStarting30JanuaryEnds1MarchInACommonYear() {
    assertThat(validity.expiresAt(at("2027-01-30T09:00:00Z")))
        .isEqualTo(at("2027-03-01T23:59:59Z"));
  }

  @Test
  void aMonthStarting31JanuaryRollsOverFurther() {
    // 31 Feb 2028 = 2 Mar, so the month ends 1 Mar; 31 Feb 2027 = 3 Mar, ends 2 Mar
    assertThat(validity.expiresAt(at("2028-01-31T09:00:00Z")))
        .isEqualTo(at("2028-03-01T23:59:59Z"));
    assertThat(validity.expiresAt(at("2027-01-31T09:00:00Z")))
        .isEqualTo(at("2027-03-02T23:59:59Z"));
  }

  @Test
  void aMonthStarting31MarchEnds30April() {
    assertThat(validity.expiresAt(at("2027-03-31T12:00:00+01:00")))
        .isEqualTo(at("2027-04-30T23:59:59+01:00"));
  }

  @Test
  void aMonthStartingInBstEndsInGmtWithTheGmtOffset() {
    assertThat(validity.expiresAt(at("2026-10-10T10:00:00+01:00")))
        .isEqualTo(at("2026-11-09T23:59:59+00:00"))
        .satisfies(end -> assertThat(end.getOffset()).isEqualTo(ZoneOffset.UTC));
  }

  @Test
  void aMonthStartingInGmtEndsInBstWithTheBstOffset() {
    assertThat(validity.expiresAt(at("2027-03-10T10:00:00Z")))
        .isEqualTo(at("2027-04-09T23:59:59+01:00"))
        .satisfies(end -> assertThat(end.getOffset()).isEqualTo(ZoneOffset.ofHours(1)));
  }

  @Test
  void theGrantDateIsTheUkDateWhateverTheRecordedOffset() {
    // 23:30 UTC on 6 June is 00:30 BST on 7 June in the UK
    assertThat(validity.expiresAt(at("2026-06-06T23:30:00Z")))
        .isEqualTo(at("2026-07-06T23:59:59+01:00"));
  }

  @Test
  void urgentDsoAuthorisationLastsExactly72Hours() {
    assertThat(validity.urgentExpiresAt(at("2026-06-07T10:15:30+01:00")))
        .isEqualTo(at("2026-06-10T10:15:30+01:00"));
  }

  @Test
  void urgentAuthorisationAcrossTheClockChangeIs72RealHours() {
    // Clocks go back at 02:00 BST on Sun 25 Oct 2026: 72 hours after 12:00 BST Sat 24 Oct is
    // 11:00 GMT on Tue 27 Oct
    OffsetDateTime end = validity.urgentExpiresAt(at("2026-10-24T12:00:00+01:00"));
    assertThat(end).isEqualTo(at("2026-10-27T11:00:00+00:00"));
    assertThat(end.getOffset()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void aRenewalStartsTheDayAfterTheCurrentExpiryDay() {
    OffsetDateTime first = validity.expiresAt(at("2026-06-07T10:15:00+01:00"));
    assertThat(validity.renewedExpiresAt(first)).isEqualTo(at("2026-08-06T23:59:59+01:00"));
  }

  @Test
  void aRenewalFromTheEndOfFebruaryRunsToTheEndOfMarch() {
    // Current month ends 29 Feb 2028, the renewal starts 1 Mar and ends 31 Mar (BST from 26 Mar)
    assertThat(validity.renewedExpiresAt(at("2028-02-29T23:59:59Z")))
        .isEqualTo(at("2028-03-31T23:59:59+01:00"));
  }
}

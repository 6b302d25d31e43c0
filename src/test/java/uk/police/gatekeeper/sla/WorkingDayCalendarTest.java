package uk.police.gatekeeper.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar england = new WorkingDayCalendar();
  private final WorkingDayCalendar scotland = new WorkingDayCalendar(UkJurisdiction.SCOTLAND);
  private final WorkingDayCalendar northernIreland =
      new WorkingDayCalendar(UkJurisdiction.NORTHERN_IRELAND);

  @Test
  void defaultsToEnglandAndWales() {
    assertThat(england.jurisdiction()).isEqualTo(UkJurisdiction.ENGLAND_AND_WALES);
  }

  @Test
  void tenWorkingDaysOverChristmasAndNewYear() {
    // Christmas Fri 25 Dec 2026, Boxing Day substitute Mon 28 Dec, New Year's Day Fri 1 Jan 2027
    assertThat(england.plusWorkingDays(LocalDate.of(2026, 12, 21), 10))
        .isEqualTo(LocalDate.of(2027, 1, 7));
  }

  @Test
  void christmasHolidaysAndWeekendsAreNotWorkingDays() {
    assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 24))).isTrue();
    assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
    assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 26))).isFalse(); // Saturday
    assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 28))).isFalse(); // substitute
    assertThat(england.isBankHoliday(LocalDate.of(2026, 12, 28))).isTrue();
    assertThat(england.isWorkingDay(LocalDate.of(2026, 12, 29))).isTrue();
    assertThat(england.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
  }

  @Test
  void easter2027IsSkippedInEngland() {
    assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse(); // Good Friday
    assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 29))).isFalse(); // Easter Monday
    // Thu 25 Mar + 1 skips Good Friday, the weekend and Easter Monday
    assertThat(england.plusWorkingDays(LocalDate.of(2027, 3, 25), 1))
        .isEqualTo(LocalDate.of(2027, 3, 30));
  }

  @Test
  void scotlandHasSecondJanuaryAndNoEasterMonday() {
    assertThat(scotland.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse(); // Friday 2 January
    assertThat(england.isWorkingDay(LocalDate.of(2026, 1, 2))).isTrue();
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 1, 4))).isFalse(); // 2 Jan substitute
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse(); // Good Friday
    assertThat(scotland.isWorkingDay(LocalDate.of(2027, 3, 29))).isTrue(); // no Easter Monday
    assertThat(scotland.plusWorkingDays(LocalDate.of(2027, 3, 25), 1))
        .isEqualTo(LocalDate.of(2027, 3, 29));
  }

  @Test
  void northernIrelandHasStPatricksDay() {
    assertThat(northernIreland.isWorkingDay(LocalDate.of(2027, 3, 17))).isFalse();
    assertThat(england.isWorkingDay(LocalDate.of(2027, 3, 17))).isTrue();
  }

  @Test
  void zeroWorkingDaysIsTheSameDateAndNegativeIsRefused() {
    assertThat(england.plusWorkingDays(LocalDate.of(2026, 12, 26), 0))
        .isEqualTo(LocalDate.of(2026, 12, 26));
    assertThatThrownBy(() -> england.plusWorkingDays(LocalDate.of(2026, 12, 21), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aMomentKeepsItsUkTimeOfDay() {
    // Friday 16:30 GMT, due within one working day: Monday 16:30
    assertThat(england.plusWorkingDays(OffsetDateTime.parse("2027-01-08T16:30:00Z"), 1))
        .isEqualTo(OffsetDateTime.parse("2027-01-11T16:30:00+00:00"));
  }

  @Test
  void aMomentAcrossTheClockChangeKeepsUkTimeAndTakesTheNewOffset() {
    // Friday 23 Oct 2026 09:00 BST; clocks go back Sun 25 Oct; due Monday 26 Oct 09:00 GMT
    assertThat(england.plusWorkingDays(OffsetDateTime.parse("2026-10-23T09:00:00+01:00"), 1))
        .isEqualTo(OffsetDateTime.parse("2026-10-26T09:00:00+00:00"))
        .satisfies(due -> assertThat(due.getOffset().getTotalSeconds()).isZero());
  }

  @Test
  void aMomentIsReadInUkTimeWhateverItsOffset() {
    // 23:30 UTC on Thu 24 Dec 2026 is still 24 Dec in London; + 1 working day = Tue 29 Dec
    assertThat(england.plusWorkingDays(OffsetDateTime.parse("2026-12-24T23:30:00Z"), 1))
        .isEqualTo(OffsetDateTime.parse("2026-12-29T23:30:00Z"));
    // 00:30 +02:00 on Fri 25 Dec is 22:30 GMT on Thu 24 Dec in London
    assertThat(england.plusWorkingDays(OffsetDateTime.parse("2026-12-25T00:30:00+02:00"), 1))
        .isEqualTo(OffsetDateTime.parse("2026-12-29T22:30:00Z"));
  }

  @Test
  void jurisdictionSettingsAreReadStrictly() {
    assertThat(UkJurisdiction.fromSetting("eng")).isEqualTo(UkJurisdiction.ENGLAND_AND_WALES);
    assertThat(UkJurisdiction.fromSetting("en")).isEqualTo(UkJurisdiction.ENGLAND_AND_WALES);
    assertThat(UkJurisdiction.fromSetting("SC")).isEqualTo(UkJurisdiction.SCOTLAND);
    assertThat(UkJurisdiction.fromSetting("ni")).isEqualTo(UkJurisdiction.NORTHERN_IRELAND);
    assertThatThrownBy(() -> UkJurisdiction.fromSetting("fr"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

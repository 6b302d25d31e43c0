package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExplicitOffsetDateTimeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2026-11-03T14:05:00+00:00, 2026-11-03T14:05:00+00:00",
      "2026-11-03T14:05+01:00,    2026-11-03T14:05:00+01:00",
      "2026-11-03T14:05:00Z,      2026-11-03T14:05:00+00:00",
      "2026-11-03T14:05Z,         2026-11-03T14:05:00+00:00",
      "2026-11-03T14:05:07.250-05:00, 2026-11-03T14:05:07.25-05:00",
  })
  void readsAndWritesDateTimesWithTheirOffset(String typed, String written) {
    Parsed<OffsetDateTime> parsed = ExplicitOffsetDateTime.parse(typed);
    assertThat(parsed.isValid()).isTrue();
    assertThat(ExplicitOffsetDateTime.format(parsed.value())).isEqualTo(written);
  }

  @ParameterizedTest
  @CsvSource({"2026-11-03T14:05:00", "2026-11-03T14:05"})
  void refusesADateTimeWithoutOffsetSayingTheTimeZoneIsRequired(String typed) {
    Parsed<OffsetDateTime> parsed = ExplicitOffsetDateTime.parse(typed);
    assertThat(parsed.value()).isNull();
    assertThat(parsed.problem()).contains("time zone is required");
  }

  @ParameterizedTest
  @CsvSource({"2026-11-03", "03/11/2026 14:05", "2026-11-03T14:05:00 GMT", "yesterday"})
  void refusesTextThatIsNotADateTime(String typed) {
    Parsed<OffsetDateTime> parsed = ExplicitOffsetDateTime.parse(typed);
    assertThat(parsed.value()).isNull();
    assertThat(parsed.problem()).contains("must be a date and time");
  }
}

package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTypeTest {

  @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
  @CsvSource(delimiter = '|', value = {
      "MSISDN     | 07700 900123                          | +447700900123",
      "MSISDN     | +44 (0)7700 900123                    | +447700900123",
      "MSISDN     | 07911-123-456                         | +447911123456",
      "MSISDN     | +1 202 555 0143                       | +12025550143",
      "MSISDN     | 020 7946 0018                         | +442079460018",
      "IMEI       | 49-015420-323751-8                    | 490154203237518",
      "IMEI       | 35 209900 176148 1                    | 352099001761481",
      "IMSI       | 234150999999999                       | 234150999999999",
      "IMSI       | 23415 099999999                       | 23415099999999",
      "IP_ADDRESS | ' 203.0.113.7 '                       | 203.0.113.7",
      "IP_ADDRESS | 0.0.0.0                               | 0.0.0.0",
      "IP_ADDRESS | 2001:0DB8:0000:0000:0000:0000:0000:0001 | 2001:db8::1",
      "IP_ADDRESS | 2001:db8:0:0:1:0:0:1                  | 2001:db8::1:0:0:1",
      "IP_ADDRESS | 2001:db8:0:1:1:1:1:1                  | 2001:db8:0:1:1:1:1:1",
      "IP_ADDRESS | 2001:DB8::                            | 2001:db8::",
      "IP_ADDRESS | 0:0:0:0:0:0:0:1                       | ::1",
      "IP_ADDRESS | ::                                    | ::",
      "IP_ADDRESS | ::FFFF:203.0.113.7                    | ::ffff:203.0.113.7",
      "IP_ADDRESS | 64:ff9b::203.0.113.7                  | 64:ff9b::cb00:7107",
      "EMAIL      | John.Smith@Example.CO.UK              | John.Smith@example.co.uk",
      "EMAIL      | ' o''brien+cd@mail.example.com '      | o'brien+cd@mail.example.com",
      "ACCOUNT    | '  acc-123 '                          | acc-123",
  })
  void normalisesValidIdentifiers(IdentifierType type, String typed, String normalised) {
    Parsed<String> parsed = type.normalise(typed);
    assertThat(parsed.problem()).isNull();
    assertThat(parsed.value()).isEqualTo(normalised);
  }

  @ParameterizedTest(name = "{0} ''{1}'' is refused")
  @CsvSource(delimiter = '|', value = {
      "MSISDN     | 07700 90012",          // too short
      "MSISDN     | 0770O 900123",         // letter O: libphonenumber would read it as 6
      "MSISDN     | 01234",
      "MSISDN     | call me",
      "IMEI       | 490154203237519",      // wrong check digit
      "IMEI       | 49015420323751",       // 14 digits
      "IMEI       | 4901542032375180",     // 16 digits (IMEISV)
      "IMSI       | 2341509999999",        // 13 digits
      "IMSI       | 2341509999999999",     // 16 digits
      "IP_ADDRESS | 256.1.1.1",
      "IP_ADDRESS | 203.0.113",
      "IP_ADDRESS | 010.0.0.1",            // octal or decimal? refused
      "IP_ADDRESS | example.com",          // never resolved
      "IP_ADDRESS | 2001:db8::1::2",
      "IP_ADDRESS | 2001:db8:0:0:0:0:0:0:1",
      "IP_ADDRESS | 2001:db8::12345",
      "IP_ADDRESS | fe80::1%eth0",
      "IP_ADDRESS | 203.0.113.7:443",
      "IP_ADDRESS | :1::2",
      "EMAIL      | john.smith@",
      "EMAIL      | john smith@example.com",
      "EMAIL      | john..smith@example.com",
      "EMAIL      | john@localhost",
      "EMAIL      | john@-example.com",
      "EMAIL      | john@example.123",
      "ACCOUNT    | '   '",
  })
  void refusesInvalidIdentifiers(IdentifierType type, String typed) {
    Parsed<String> parsed = type.normalise(typed);
    assertThat(parsed.value()).isNull();
    assertThat(parsed.problem()).isNotBlank();
  }

  @ParameterizedTest
  @CsvSource({"490154203237518, true", "490154203237510, false", "352099001761481, true"})
  void imeiLuhnCheckDigit(String imei, boolean valid) {
    assertThat(Imei.hasValidCheckDigit(imei)).isEqualTo(valid);
  }
}

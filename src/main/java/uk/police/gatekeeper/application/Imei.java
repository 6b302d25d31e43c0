package uk.police.gatekeeper.application;

/** A handset's IMEI: 15 digits, the last a Luhn check digit that catches most mistyped digits. */
final class Imei {

  private Imei() {}

  static Parsed<String> normalise(String typed) {
    String digits = typed.replaceAll("[\\s-]", "");
    if (!digits.matches("\\d{15}")) {
      return Parsed.rejected("an IMEI must be 15 digits");
    }
    if (!hasValidCheckDigit(digits)) {
      return Parsed.rejected("the IMEI check digit does not match: look for a mistyped digit");
    }
    return Parsed.ok(digits);
  }

  /** Luhn: double every second digit from the right, sum the digits; the total ends in 0. */
  static boolean hasValidCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}

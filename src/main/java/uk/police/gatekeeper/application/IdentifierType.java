package uk.police.gatekeeper.application;

import java.util.function.Function;

/**
 * The identifier types a data requirement can name, each with its own reading of what the
 * applicant typed. Wrong identifiers are the commonest error the regulator finds, so every type is
 * checked and normalised, and the normalised form is shown beside the typed one.
 */
public enum IdentifierType {
  MSISDN(Msisdn::normalise),
  IMEI(Imei::normalise),
  IMSI(IdentifierType::imsi),
  IP_ADDRESS(IpAddressLiteral::normalise),
  EMAIL(EmailAddress::normalise),
  ACCOUNT(IdentifierType::account);

  private final Function<String, Parsed<String>> reading;

  IdentifierType(Function<String, Parsed<String>> reading) {
    this.reading = reading;
  }

  /** The identifier in its normalised form, or why it is not a valid identifier of this type. */
  public Parsed<String> normalise(String identifier) {
    if (identifier == null || identifier.isBlank()) {
      return Parsed.rejected("is required");
    }
    return reading.apply(identifier);
  }

  /** IMSI: MCC + MNC + MSIN, 14 or 15 digits; spaces and hyphens are layout only. */
  private static Parsed<String> imsi(String typed) {
    String digits = typed.replaceAll("[\\s-]", "");
    return digits.matches("\\d{14,15}")
        ? Parsed.ok(digits)
        : Parsed.rejected("an IMSI must be 14 or 15 digits");
  }

  /** Account ids have no common format; only surrounding spaces are removed. */
  private static Parsed<String> account(String typed) {
    return Parsed.ok(typed.trim());
  }
}

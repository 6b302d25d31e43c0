package uk.police.gatekeeper.sla;

import java.util.Locale;

/**
 * The UK bank-holiday jurisdictions. Each names the jollyday subdivision of the UNITED_KINGDOM
 * calendar ({@code holidays/Holidays_gb.xml} in jollyday-core 1.5.0: {@code eng}, {@code wls},
 * {@code sct}, {@code nir}). The code matters: jollyday silently ignores an unknown subdivision
 * such as {@code en} and returns only the UK-wide holidays, losing Easter Monday and the August
 * bank holiday without any error.
 */
public enum UkJurisdiction {
  ENGLAND_AND_WALES("eng"),
  SCOTLAND("sct"),
  NORTHERN_IRELAND("nir");

  private final String jollydayCode;

  UkJurisdiction(String jollydayCode) {
    this.jollydayCode = jollydayCode;
  }

  String jollydayCode() {
    return jollydayCode;
  }

  /**
   * Reads a setting. Accepts the enum name, jollyday's code, or the short codes people write
   * ({@code en}, {@code sc}, {@code ni}); anything else is refused rather than silently falling
   * back to the UK-wide calendar.
   */
  public static UkJurisdiction fromSetting(String setting) {
    String code = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
    return switch (code) {
      case "eng", "en", "wls", "ew", "england_and_wales" -> ENGLAND_AND_WALES;
      case "sct", "sc", "scotland" -> SCOTLAND;
      case "nir", "ni", "northern_ireland" -> NORTHERN_IRELAND;
      default -> throw new IllegalArgumentException(
          "Unknown UK jurisdiction '" + setting + "'; use eng, sct or nir");
    };
  }
}

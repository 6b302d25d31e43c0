package uk.police.gatekeeper.application;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/** A phone number (MSISDN), normalised to E.164; numbers without a country code are UK numbers. */
final class Msisdn {

  static final String DEFAULT_REGION = "GB";

  /**
   * Digits and layout only. libphonenumber would turn letters into keypad digits (vanity numbers),
   * so a mistyped O for 0 would silently become 6: letters are refused instead.
   */
  private static final Pattern TYPED = Pattern.compile("\\+?[0-9][0-9 ().\\-]*");

  /**
   * Ofcom's range reserved for drama, 07700 900000 to 900999. libphonenumber calls these invalid
   * because they are never allocated, but training, demos and tests use them; a real request for
   * one simply returns nothing.
   */
  private static final Pattern OFCOM_DRAMA_MOBILE = Pattern.compile("\\+447700900\\d{3}");

  private static final PhoneNumberUtil PHONE_NUMBERS = PhoneNumberUtil.getInstance();

  private Msisdn() {}

  static Parsed<String> normalise(String typed) {
    String text = typed.trim();
    if (!TYPED.matcher(text).matches()) {
      return Parsed.rejected("a phone number may contain only digits, spaces and a leading +");
    }
    PhoneNumber number;
    try {
      number = PHONE_NUMBERS.parse(text, DEFAULT_REGION);
    } catch (NumberParseException notANumber) {
      return Parsed.rejected("is not a phone number");
    }
    String e164 = PHONE_NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    if (!PHONE_NUMBERS.isValidNumber(number) && !OFCOM_DRAMA_MOBILE.matcher(e164).matches()) {
      return Parsed.rejected("is not a valid phone number (check the digits and country code)");
    }
    return Parsed.ok(e164);
  }
}

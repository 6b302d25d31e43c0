package uk.police.gatekeeper.application;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address in the everyday form local-part@domain. The domain is case-insensitive and is
 * lower-cased; the local part is kept exactly as typed, because a provider may treat its case as
 * significant and changing it could name a different account.
 */
final class EmailAddress {

  private static final String INVALID = "must be an email address such as name@example.com";

  /** RFC 5322 dot-atom: no quoted local parts, no leading, trailing or double dots. */
  private static final Pattern LOCAL_PART =
      Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
  private static final Pattern DNS_LABEL =
      Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private EmailAddress() {}

  static Parsed<String> normalise(String typed) {
    String text = typed.trim();
    int at = text.lastIndexOf('@');
    if (at <= 0 || at == text.length() - 1 || text.length() > 254) {
      return Parsed.rejected(INVALID);
    }
    String local = text.substring(0, at);
    String domain = text.substring(at + 1).toLowerCase(Locale.ROOT);
    if (local.length() > 64 || !LOCAL_PART.matcher(local).matches() || !isDomain(domain)) {
      return Parsed.rejected(INVALID);
    }
    return Parsed.ok(local + "@" + domain);
  }

  /** At least two DNS labels and a top-level label that is not all digits; IDNs are allowed. */
  private static boolean isDomain(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException notADomain) {
      return false;
    }
    if (ascii.length() > 253 || ascii.endsWith(".")) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || labels[labels.length - 1].matches("\\d+")) {
      return false;
    }
    for (String label : labels) {
      if (!DNS_LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return true;
  }
}

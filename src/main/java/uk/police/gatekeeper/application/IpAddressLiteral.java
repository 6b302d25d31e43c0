package uk.police.gatekeeper.application;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address read literally and written in its canonical form (IPv6 per RFC 5952:
 * lower case, no leading zeros, the longest run of zero groups compressed), so that the SPoC and
 * the CSP compare like with like. Nothing here resolves names: InetAddress.getByName would look up
 * a host name in DNS and accepts legacy IPv4 forms such as {@code 10.1}.
 */
final class IpAddressLiteral {

  private static final String INVALID =
      "must be an IPv4 address (203.0.113.7) or an IPv6 address (2001:db8::7)";

  private static final Pattern IPV4 =
      Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9a-f]{1,4}");

  private IpAddressLiteral() {}

  static Parsed<String> normalise(String typed) {
    String text = typed.trim().toLowerCase(Locale.ROOT);
    if (text.indexOf(':') < 0) {
      int[] v4 = parseIpv4(text);
      if (v4 == null) {
        return Parsed.rejected(INVALID);
      }
      if (hasLeadingZero(text)) {
        // 010 is 8 to some tools and 10 to others; the applicant must say which.
        return Parsed.rejected("write each part of an IPv4 address without leading zeros");
      }
      return Parsed.ok(v4[0] + "." + v4[1] + "." + v4[2] + "." + v4[3]);
    }
    int[] v6 = parseIpv6(text);
    return v6 == null ? Parsed.rejected(INVALID) : Parsed.ok(formatIpv6(v6));
  }

  /** Four decimal parts 0-255, or null. */
  private static int[] parseIpv4(String text) {
    Matcher m = IPV4.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int[] parts = new int[4];
    for (int i = 0; i < 4; i++) {
      parts[i] = Integer.parseInt(m.group(i + 1));
      if (parts[i] > 255) {
        return null;
      }
    }
    return parts;
  }

  private static boolean hasLeadingZero(String ipv4) {
    for (String part : ipv4.split("\\.")) {
      if (part.length() > 1 && part.charAt(0) == '0') {
        return true;
      }
    }
    return false;
  }

  /** Eight 16-bit groups, or null. Accepts "::" once and a trailing dotted IPv4 part. */
  private static int[] parseIpv6(String text) {
    int gap = text.indexOf("::");
    if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
      return null;
    }
    String head = gap >= 0 ? text.substring(0, gap) : text;
    String tail = gap >= 0 ? text.substring(gap + 2) : "";
    int[] headGroups = parseGroups(head, gap < 0 || tail.isEmpty());
    int[] tailGroups = parseGroups(tail, true);
    if (headGroups == null || tailGroups == null) {
      return null;
    }
    int count = headGroups.length + tailGroups.length;
    if (gap < 0 ? count != 8 : count > 7) {
      return null;
    }
    int[] groups = new int[8];
    System.arraycopy(headGroups, 0, groups, 0, headGroups.length);
    System.arraycopy(tailGroups, 0, groups, 8 - tailGroups.length, tailGroups.length);
    return groups;
  }

  /** Colon-separated hex groups; an IPv4 part counts as two groups and only at the very end. */
  private static int[] parseGroups(String text, boolean mayEndInIpv4) {
    if (text.isEmpty()) {
      return new int[0];
    }
    String[] parts = text.split(":", -1);
    int[] v4 = null;
    int hexCount = parts.length;
    if (parts[parts.length - 1].indexOf('.') >= 0) {
      if (!mayEndInIpv4 || hasLeadingZero(parts[parts.length - 1])) {
        return null;
      }
      v4 = parseIpv4(parts[parts.length - 1]);
      if (v4 == null) {
        return null;
      }
      hexCount--;
    }
    int[] groups = new int[hexCount + (v4 == null ? 0 : 2)];
    for (int i = 0; i < hexCount; i++) {
      if (!HEX_GROUP.matcher(parts[i]).matches()) {
        return null;
      }
      groups[i] = Integer.parseInt(parts[i], 16);
    }
    if (v4 != null) {
      groups[hexCount] = (v4[0] << 8) | v4[1];
      groups[hexCount + 1] = (v4[2] << 8) | v4[3];
    }
    return groups;
  }

  /** RFC 5952 text; IPv4-mapped addresses keep their dotted tail (RFC 5952 section 5). */
  private static String formatIpv6(int[] groups) {
    if (isIpv4Mapped(groups)) {
      return "::ffff:" + (groups[6] >> 8) + "." + (groups[6] & 0xff) + "."
          + (groups[7] >> 8) + "." + (groups[7] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 1; // a single zero group is never compressed
    for (int i = 0; i < 8; ) {
      if (groups[i] != 0) {
        i++;
        continue;
      }
      int start = i;
      while (i < 8 && groups[i] == 0) {
        i++;
      }
      if (i - start > bestLength) {
        bestStart = start;
        bestLength = i - start;
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  private static boolean isIpv4Mapped(int[] groups) {
    for (int i = 0; i < 5; i++) {
      if (groups[i] != 0) {
        return false;
      }
    }
    return groups[5] == 0xffff;
  }
}

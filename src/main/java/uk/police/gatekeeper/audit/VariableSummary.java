package uk.police.gatekeeper.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * How a variable's value appears in the audit trail. Short values are kept as they are; long free
 * text is summarised (its opening words, its length and a SHA-256 digest that proves what the full
 * text was), never silently dropped.
 */
public final class VariableSummary {

  /** Longer text is summarised. Enough for a decision note; short of a necessity statement. */
  static final int MAX_VERBATIM = 200;
  static final int OPENING = 80;

  private VariableSummary() {
  }

  public static Map<String, Object> of(VariableMap variables, Iterable<String> names) {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (String name : names) {
      if (variables.containsKey(name)) {
        summary.put(name, of(variables.getValueTyped(name)));
      }
    }
    return summary;
  }

  public static Object of(TypedValue typed) {
    Object value = safeValue(typed);
    if (value == null || value instanceof Boolean || value instanceof Number) {
      return value;
    }
    if (value instanceof Date date) {
      return date.toInstant().toString();
    }
    String text = value.toString();
    if (text.length() <= MAX_VERBATIM) {
      return text;
    }
    Map<String, Object> summarised = new LinkedHashMap<>();
    summarised.put("summary", text.substring(0, OPENING) + "…");
    summarised.put("length", text.length());
    summarised.put("sha256", sha256(text));
    return summarised;
  }

  /** A digest of the value, to tell later whether it changed without keeping the value itself. */
  public static String digest(TypedValue typed) {
    Object value = safeValue(typed);
    return sha256((typed == null || typed.getType() == null ? "" : typed.getType().getName()) + ":" + value);
  }

  private static Object safeValue(TypedValue typed) {
    if (typed == null) {
      return null;
    }
    try {
      return typed.getValue();
    } catch (RuntimeException notDeserializable) {
      // A serialized object whose class this node lacks: audit its type rather than fail the user's work.
      return "<" + typed.getType().getName() + ">";
    }
  }

  static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

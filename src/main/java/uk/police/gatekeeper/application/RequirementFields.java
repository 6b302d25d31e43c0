package uk.police.gatekeeper.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data requirements as Gatekeeper's Tasklist forms carry them: flat fields in fixed groups
 * ({@code requirementCount}, then {@code requirement1IdentifierType}, {@code requirement1Identifier}
 * and so on), not the {@code requirements} Json array REST clients send.
 *
 * <p>The forms cannot use a dynamic list: form-js 1.8.7 (Tasklist 7.24) leaves an empty error entry
 * after any edit inside one, and Tasklist then keeps Start and Complete disabled
 * (bpmn-io/form-js#1494). The server assembles the array from the groups, and writes the groups
 * back from the array so the rework form opens pre-filled.
 */
public final class RequirementFields {

  /** How many groups the start and rework forms offer. */
  public static final int FORM_GROUPS = 5;
  public static final String COUNT = "requirementCount";
  /** A larger count is not read as one: it would only make empty requirements to report. */
  private static final int MAX_COUNT = 100;

  /** The key of a requirement in the array, and the suffix of its flat field. */
  private static final Map<String, String> SUFFIXES = orderedSuffixes();

  private RequirementFields() {
  }

  private static Map<String, String> orderedSuffixes() {
    Map<String, String> suffixes = new LinkedHashMap<>();
    suffixes.put("identifierType", "IdentifierType");
    suffixes.put("identifier", "Identifier");
    suffixes.put("dataType", "DataType");
    suffixes.put("csp", "Csp");
    suffixes.put("from", "From");
    suffixes.put("to", "To");
    suffixes.put("port", "Port");
    return suffixes;
  }

  /** The flat variable holding {@code key} of requirement {@code position} (1-based). */
  public static String name(int position, String key) {
    String suffix = SUFFIXES.get(key);
    if (suffix == null) {
      throw new IllegalArgumentException("Not a data requirement key: " + key);
    }
    return "requirement" + position + suffix;
  }

  /**
   * The requirements the form's groups hold, or empty when the variables carry no groups (a REST
   * client's submission): present when {@code requirement1IdentifierType} is set. Takes groups 1 to
   * {@code requirementCount}; without a readable count (missing, not a whole number, negative or
   * above 100), each group while it has an identifier type. A blank or missing field is left out of its requirement, so the submission's rules report
   * it as required. A port is left out when the data type is one that has no port: the form hides,
   * and so does not send, the port field then, and a value from an earlier round must not survive.
   */
  public static Optional<List<Map<String, Object>>> collect(Map<String, Object> variables) {
    if (variables == null || absent(variables.get(name(1, "identifierType")))) {
      return Optional.empty();
    }
    Integer count = count(variables.get(COUNT));
    List<Map<String, Object>> requirements = new ArrayList<>();
    for (int position = 1; count == null
        ? !absent(variables.get(name(position, "identifierType")))
        : position <= count; position++) {
      requirements.add(group(variables, position));
    }
    return Optional.of(requirements);
  }

  private static Map<String, Object> group(Map<String, Object> variables, int position) {
    Map<String, Object> requirement = new LinkedHashMap<>();
    SUFFIXES.keySet().forEach(key -> {
      Object value = variables.get(name(position, key));
      if (!absent(value)) {
        requirement.put(key, value);
      }
    });
    Object dataType = requirement.get("dataType");
    if (dataType != null && !DataType.IP_RESOLUTION.name().equals(dataType.toString())) {
      requirement.remove("port");
    }
    return requirement;
  }

  /**
   * The flat variables that show {@code requirements} in the form's groups: the count as a string
   * (the select's values are strings) and every key of each requirement, null where it has none.
   * Groups beyond the count, up to the form's five, are null so an earlier round's values do not
   * survive there.
   */
  public static Map<String, Object> flatten(List<Map<String, Object>> requirements) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(COUNT, String.valueOf(requirements.size()));
    for (int position = 1; position <= Math.max(FORM_GROUPS, requirements.size()); position++) {
      Map<String, Object> requirement =
          position <= requirements.size() ? requirements.get(position - 1) : Map.of();
      for (String key : SUFFIXES.keySet()) {
        variables.put(name(position, key), requirement.get(key));
      }
    }
    return variables;
  }

  private static boolean absent(Object value) {
    return value == null || (value instanceof CharSequence text && text.toString().isBlank());
  }

  /** A whole number from a String ("2"), any Number, or numeric text ("2.0"); null otherwise. */
  private static Integer count(Object value) {
    if (absent(value)) {
      return null;
    }
    try {
      int count = new BigDecimal(value.toString().strip()).intValueExact();
      return count >= 0 && count <= MAX_COUNT ? count : null;
    } catch (NumberFormatException | ArithmeticException notACount) {
      return null;
    }
  }
}

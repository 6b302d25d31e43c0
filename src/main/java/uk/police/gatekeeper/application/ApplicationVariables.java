package uk.police.gatekeeper.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the start variables as Camunda hands them over into an {@link ApplicationForm}. Camunda is
 * loose about types: booleans may be Boolean or "true"/"false", numbers any Number or a String,
 * and {@code requirements} a List of Maps, a JSON string, or a Spin JSON node whose toString() is
 * the JSON. Values that cannot be read become violations, never exceptions.
 */
final class ApplicationVariables {

  /** The form and what could not be read; a field listed here has no further rules applied. */
  record Reading(ApplicationForm form, List<Map<String, Object>> rawRequirements,
      List<Violation> problems) {}

  private static final String REQUIREMENTS = "requirements";

  private final ObjectMapper json = new ObjectMapper();

  Reading read(Map<String, Object> variables) {
    Map<String, Object> vars = variables == null ? Map.of() : variables;
    List<Violation> problems = new ArrayList<>();
    List<Map<String, Object>> rawRequirements = requirementMaps(vars.get(REQUIREMENTS), problems);
    List<DataRequirement> requirements = null;
    if (rawRequirements != null) {
      requirements = new ArrayList<>();
      for (int i = 0; i < rawRequirements.size(); i++) {
        requirements.add(requirement(rawRequirements.get(i), i, problems));
      }
    }
    ApplicationForm form = new ApplicationForm(
        text(vars.get("operationName")),
        text(vars.get("statutoryPurpose")),
        text(vars.get("offence")),
        bool(vars.get("seriousCrime"), "seriousCrime", problems),
        text(vars.get("seriousCrimeJustification")),
        text(vars.get("priority")),
        text(vars.get("urgencyJustification")),
        text(vars.get("subjectRole")),
        text(vars.get("necessity")),
        text(vars.get("proportionality")),
        text(vars.get("collateralIntrusion")),
        bool(vars.get("journalisticSource"), "journalisticSource", problems),
        requirements);
    return new Reading(form, rawRequirements, problems);
  }

  private DataRequirement requirement(Map<String, Object> raw, int index, List<Violation> problems) {
    String prefix = REQUIREMENTS + "[" + index + "].";
    return new DataRequirement(
        text(raw.get("identifierType")),
        text(raw.get("identifier")),
        text(raw.get("dataType")),
        text(raw.get("csp")),
        text(raw.get("from")),
        text(raw.get("to")),
        port(raw.get("port"), prefix + "port", problems));
  }

  /**
   * The requirements as maps, or null when absent (the form then reports "at least one"). An
   * element that is not an object becomes an empty map and a problem on that element.
   */
  private List<Map<String, Object>> requirementMaps(Object value, List<Violation> problems) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    Object list = value;
    if (!(value instanceof List)) {
      try {
        list = json.readValue(value.toString(), Object.class);
      } catch (JsonProcessingException notJson) {
        problems.add(new Violation(REQUIREMENTS, "cannot be read as a list of data requirements"));
        return null;
      }
    }
    if (!(list instanceof List<?> elements)) {
      problems.add(new Violation(REQUIREMENTS, "must be a list of data requirements"));
      return null;
    }
    List<Map<String, Object>> maps = new ArrayList<>();
    for (int i = 0; i < elements.size(); i++) {
      Map<String, Object> map = object(elements.get(i));
      if (map == null) {
        problems.add(new Violation(REQUIREMENTS + "[" + i + "]", "must be a data requirement"));
        map = Map.of();
      }
      maps.add(map);
    }
    return maps;
  }

  /** A list element as a map: already a Map, or a JSON node (Jackson or Spin) holding an object. */
  private Map<String, Object> object(Object element) {
    if (element == null) {
      return null;
    }
    Object value = element;
    if (!(element instanceof Map)) {
      try {
        value = json.readValue(element.toString(), Object.class);
      } catch (JsonProcessingException notJson) {
        return null;
      }
    }
    if (!(value instanceof Map<?, ?> map)) {
      return null;
    }
    Map<String, Object> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(String.valueOf(k), v));
    return copy;
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static Boolean bool(Object value, String field, List<Violation> problems) {
    if (value == null || value instanceof Boolean) {
      return (Boolean) value;
    }
    String text = value.toString().trim().toLowerCase(Locale.ROOT);
    if (text.isEmpty()) {
      return null;
    }
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    problems.add(new Violation(field, "must be true or false"));
    return null;
  }

  /** A whole number from any Number or numeric text; 443.0 is 443, 443.5 is a problem. */
  private static Integer port(Object value, String field, List<Violation> problems) {
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      BigDecimal number = new BigDecimal(value.toString().trim());
      return number.intValueExact();
    } catch (NumberFormatException | ArithmeticException notAWholeNumber) {
      problems.add(new Violation(field, "must be a whole number from 0 to 65535"));
      return null;
    }
  }
}

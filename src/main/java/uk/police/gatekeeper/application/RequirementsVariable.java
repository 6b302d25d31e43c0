package uk.police.gatekeeper.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** The {@code requirements} process variable: a JSON array, as Camunda Forms' dynamic list writes it. */
public final class RequirementsVariable {

  public static final String NAME = "requirements";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };

  private RequirementsVariable() {
  }

  public static JsonValue of(List<Map<String, Object>> requirements) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(requirements)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Requirements could not be written as JSON", e);
    }
  }

  /** Reads the variable whether Camunda holds it as Spin JSON, a JSON string or a list. */
  public static List<Map<String, Object>> read(Object value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof List<?> list) {
      return JSON.convertValue(list, LIST);
    }
    try {
      return JSON.readValue(value.toString(), LIST);
    } catch (JsonProcessingException e) {
      throw Refusal.because("requirements: must be a list of data requirements");
    }
  }
}

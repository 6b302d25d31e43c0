package uk.police.gatekeeper.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;

/** The variable names a Camunda Form (form-js JSON) writes: what a user sets by submitting it. */
public final class FormFieldKeys {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFieldKeys() {
  }

  public static Set<String> of(InputStream form) throws IOException {
    Set<String> keys = new LinkedHashSet<>();
    collect(JSON.readTree(form), keys);
    return keys;
  }

  private static void collect(JsonNode node, Set<String> keys) {
    if (node == null || !node.isObject()) {
      return;
    }
    // A dynamic list (and a group with a path) binds its children under one variable named by "path".
    String binding = node.hasNonNull("key") ? node.get("key").asText()
        : node.hasNonNull("path") && !node.get("path").asText().isEmpty() ? node.get("path").asText() : null;
    // Disabled fields are shown for reading only: form-js never submits them, so the user set nothing there.
    if (node.path("disabled").asBoolean(false)) {
      return;
    }
    if (binding != null && !"default".equals(node.path("type").asText())) {
      keys.add(firstSegment(binding));
      if (node.hasNonNull("path")) {
        return;
      }
    }
    for (JsonNode child : node.path("components")) {
      collect(child, keys);
    }
  }

  private static String firstSegment(String binding) {
    int dot = binding.indexOf('.');
    return dot < 0 ? binding : binding.substring(0, dot);
  }
}

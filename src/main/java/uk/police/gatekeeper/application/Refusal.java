package uk.police.gatekeeper.application;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A submission or completion refused for the user's input ({@link RefusedInput}): REST answers 400 with
 * a JSON body, Tasklist shows the message on the form, and the transaction leaves nothing behind.
 */
public final class Refusal {

  private Refusal() {
  }

  public static RefusedInput because(String message) {
    return new RefusedInput(message);
  }

  public static RefusedInput of(String what, List<Violation> violations) {
    return new RefusedInput(what + " was not accepted. " + violations.stream()
        .map(violation -> violation.field() + ": " + violation.rule())
        .collect(Collectors.joining("; ")) + ".");
  }

  public static void requireText(Object value, String field, String rule) {
    if (value == null || value.toString().isBlank()) {
      throw because(field + ": " + rule + ".");
    }
  }

  public static String requireOneOf(Object value, String field, List<String> allowed) {
    if (value == null || !allowed.contains(value.toString())) {
      throw because(field + ": must be one of " + String.join(", ", allowed) + ".");
    }
    return value.toString();
  }
}

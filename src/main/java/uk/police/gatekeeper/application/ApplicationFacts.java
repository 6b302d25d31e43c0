package uk.police.gatekeeper.application;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Small facts about a case's variables that several steps rely on. */
public final class ApplicationFacts {

  private static final List<String> URGENT = List.of("GRADE_1", "GRADE_2");

  private ApplicationFacts() {
  }

  public static boolean isUrgent(VariableScope scope) {
    return URGENT.contains(String.valueOf(scope.getVariable("priority")));
  }

  public static boolean flag(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }

  public static String reference(VariableScope scope) {
    return (String) scope.getVariable("applicationReference");
  }

  /**
   * A justification left from an earlier answer (a form hides, and so does not send, a field whose
   * condition no longer holds) must not look like part of the application.
   */
  public static void dropStaleJustifications(VariableScope scope) {
    if (!flag(scope, "seriousCrime")) {
      scope.removeVariable("seriousCrimeJustification");
    }
    if (!isUrgent(scope)) {
      scope.removeVariable("urgencyJustification");
    }
  }

  /** Gateways read these flags; a REST client may leave them out, which means "no". */
  public static void defaultFlags(VariableScope scope) {
    scope.setVariable("seriousCrime", flag(scope, "seriousCrime"));
    scope.setVariable("journalisticSource", flag(scope, "journalisticSource"));
  }
}

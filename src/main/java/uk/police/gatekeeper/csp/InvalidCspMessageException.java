package uk.police.gatekeeper.csp;

import java.util.List;

/** A CSP message that breaks the interface's rules, with every problem found. */
public class InvalidCspMessageException extends IllegalArgumentException {

  private final List<CspProblem> problems;

  public InvalidCspMessageException(List<CspProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<CspProblem> problems() {
    return problems;
  }

  private static String summary(List<CspProblem> problems) {
    StringBuilder text = new StringBuilder("invalid CSP message");
    for (CspProblem problem : problems) {
      text.append("; ").append(problem);
    }
    return text.toString();
  }
}

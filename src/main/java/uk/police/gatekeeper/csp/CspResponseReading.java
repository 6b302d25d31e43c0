package uk.police.gatekeeper.csp;

import java.util.List;

/**
 * What reading a CSP's callback body gave: the response, or the problems that make the body
 * unacceptable (never both). A body with problems is answered 400 with the problems listed.
 */
public record CspResponseReading(CspResponseMessage message, List<CspProblem> problems) {

  public CspResponseReading {
    problems = List.copyOf(problems);
    if ((message == null) == problems.isEmpty()) {
      throw new IllegalArgumentException("either a message or problems, not both or neither");
    }
  }

  static CspResponseReading accepted(CspResponseMessage message) {
    return new CspResponseReading(message, List.of());
  }

  static CspResponseReading refused(List<CspProblem> problems) {
    return new CspResponseReading(null, problems);
  }

  public boolean isValid() {
    return message != null;
  }
}

package uk.police.gatekeeper.application;

import java.util.List;
import java.util.Map;

/**
 * What checking an application's start variables found: every violation, sorted by field, and
 * when there are none the requirements normalised for the SPoC and the CSP request.
 */
public record SubmissionResult(List<Violation> violations, List<Map<String, Object>> requirements) {

  public SubmissionResult {
    violations = List.copyOf(violations);
    requirements = List.copyOf(requirements);
  }

  public boolean valid() {
    return violations.isEmpty();
  }
}

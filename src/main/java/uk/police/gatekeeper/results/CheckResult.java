package uk.police.gatekeeper.results;

import java.util.List;
import java.util.Objects;

/**
 * The automatic check's verdict on one CSP response: {@code PASSED} (goes to the SPoC's results
 * review), {@code NIL_RETURN} (the CSP holds nothing), or {@code QUARANTINED} with the findings
 * that put it there. Quarantined data is not shown as results; it is the evidence of an error.
 */
public record CheckResult(Outcome outcome, List<Finding> findings) {

  public enum Outcome {
    PASSED,
    NIL_RETURN,
    QUARANTINED
  }

  public CheckResult {
    Objects.requireNonNull(outcome, "outcome is required");
    findings = List.copyOf(findings);
    if ((outcome == Outcome.QUARANTINED) == findings.isEmpty()) {
      throw new IllegalArgumentException("a response is quarantined exactly when there are findings");
    }
  }

  public boolean isQuarantined() {
    return outcome == Outcome.QUARANTINED;
  }
}

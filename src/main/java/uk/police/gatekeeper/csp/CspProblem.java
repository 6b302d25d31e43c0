package uk.police.gatekeeper.csp;

/**
 * One thing wrong with a message exchanged with a CSP: the JSON field it concerns (a path such as
 * {@code records[2].timestamp}, or {@code body} for the message as a whole) and the rule it broke.
 * The rule is fixed wording and never repeats the CSP's data, so it can go into logs and into the
 * 400 answer.
 */
public record CspProblem(String field, String rule) {

  @Override
  public String toString() {
    return field + ": " + rule;
  }
}

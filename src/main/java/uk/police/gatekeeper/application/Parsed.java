package uk.police.gatekeeper.application;

/**
 * The outcome of reading something an applicant typed: either the normalised value or the rule it
 * broke. The rule text is fixed wording, never the applicant's input, because it may end up in a
 * Bean Validation message template.
 */
public record Parsed<T>(T value, String problem) {

  public static <T> Parsed<T> ok(T value) {
    return new Parsed<>(value, null);
  }

  public static <T> Parsed<T> rejected(String problem) {
    return new Parsed<>(null, problem);
  }

  public boolean isValid() {
    return problem == null;
  }
}

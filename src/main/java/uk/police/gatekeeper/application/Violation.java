package uk.police.gatekeeper.application;

import java.util.Comparator;

/**
 * One broken rule, shown to the applicant and the SPoC: the field path as the form names it
 * ({@code requirements[0].identifier}) and a short rule text.
 */
public record Violation(String field, String rule) implements Comparable<Violation> {

  private static final Comparator<Violation> ORDER =
      Comparator.comparing(Violation::field).thenComparing(Violation::rule);

  @Override
  public int compareTo(Violation other) {
    return ORDER.compare(this, other);
  }

  /** Whether this violation is about {@code field} itself or something inside it. */
  boolean isWithin(String field) {
    return this.field.equals(field)
        || this.field.startsWith(field + ".")
        || this.field.startsWith(field + "[");
  }
}

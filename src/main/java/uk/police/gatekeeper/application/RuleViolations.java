package uk.police.gatekeeper.application;

import jakarta.validation.ConstraintValidatorContext;

/** Reports a class-level rule against the field the applicant has to correct. */
final class RuleViolations {

  private RuleViolations() {}

  /** A violation on {@code property} of the validated object; always returns false. */
  static boolean reject(ConstraintValidatorContext context, String property, String rule) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal(rule))
        .addPropertyNode(property)
        .addConstraintViolation();
    return false;
  }

  /** A violation on {@code list[index].property}, e.g. {@code requirements[0].dataType}. */
  static void rejectElement(
      ConstraintValidatorContext context, String list, int index, String property, String rule) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(literal(rule))
        .addPropertyNode(list)
        .addPropertyNode(property)
        .inIterable()
        .atIndex(index)
        .addConstraintViolation();
  }

  /** Message templates interpret braces and $ as expressions; rule texts are plain text. */
  static String literal(String rule) {
    return rule.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
  }
}

package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The text is an ISO-8601 date-time with an explicit offset (see {@link ExplicitOffsetDateTime});
 * the message says whether the offset is missing or the text is not a date-time at all. Blank is
 * left to @NotBlank or the period rule.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = WithExplicitOffset.Check.class)
public @interface WithExplicitOffset {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<WithExplicitOffset, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      Parsed<?> parsed = ExplicitOffsetDateTime.parse(value);
      if (parsed.isValid()) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(RuleViolations.literal(parsed.problem()))
          .addConstraintViolation();
      return false;
    }
  }
}

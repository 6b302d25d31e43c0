package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Claiming the serious crime threshold opens events data, so the claim must be argued: {@code
 * seriousCrimeJustification} is required when {@code seriousCrime} is true.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = SeriousCrimeJustified.Check.class)
public @interface SeriousCrimeJustified {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<SeriousCrimeJustified, ApplicationForm> {

    @Override
    public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
      boolean justified =
          form.seriousCrimeJustification() != null && !form.seriousCrimeJustification().isBlank();
      return !form.claimsSeriousCrime()
          || justified
          || RuleViolations.reject(context, "seriousCrimeJustification",
              "is required when the offence is serious crime: say why it meets the threshold");
    }
  }
}

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
 * Free-text reasoning (necessity, proportionality, collateral intrusion) must say something: at
 * least {@link #value()} characters once surrounding spaces are removed, so padding does not pass.
 * Blank is left to @NotBlank.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = MinTrimmedLength.Check.class)
public @interface MinTrimmedLength {

  int value();

  String message() default "must be at least {value} characters";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<MinTrimmedLength, String> {

    private int min;

    @Override
    public void initialize(MinTrimmedLength annotation) {
      min = annotation.value();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      return value == null || value.isBlank() || value.trim().length() >= min;
    }
  }
}

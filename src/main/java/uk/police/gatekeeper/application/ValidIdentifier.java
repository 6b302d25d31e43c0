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
 * The identifier is valid for its identifier type (see {@link IdentifierType}); reported on
 * {@code identifier}. A missing identifier or unknown type is reported by the field rules instead.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidIdentifier.Check.class)
public @interface ValidIdentifier {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ValidIdentifier, DataRequirement> {

    @Override
    public boolean isValid(DataRequirement requirement, ConstraintValidatorContext context) {
      if (requirement.identifier() == null || requirement.identifier().isBlank()) {
        return true;
      }
      return requirement.knownIdentifierType()
          .map(type -> type.normalise(requirement.identifier()))
          .filter(parsed -> !parsed.isValid())
          .map(parsed -> RuleViolations.reject(context, "identifier", parsed.problem()))
          .orElse(true);
    }
  }
}

package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.OffsetDateTime;

/**
 * The period is complete and the right way round. {@code to} is required except for an IP
 * resolution, where {@code from} is the single moment the address was used; when both are given
 * {@code from} must be before {@code to}. Reported on {@code to}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = ValidPeriod.Check.class)
public @interface ValidPeriod {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<ValidPeriod, DataRequirement> {

    @Override
    public boolean isValid(DataRequirement requirement, ConstraintValidatorContext context) {
      boolean moment = requirement.knownDataType().filter(DataType.IP_RESOLUTION::equals).isPresent();
      if (requirement.to() == null || requirement.to().isBlank()) {
        return moment
            || RuleViolations.reject(context, "to", "is required (only an IP resolution may omit it)");
      }
      Parsed<OffsetDateTime> from = ExplicitOffsetDateTime.parse(requirement.from());
      Parsed<OffsetDateTime> to = ExplicitOffsetDateTime.parse(requirement.to());
      if (!from.isValid() || !to.isValid() || from.value().isBefore(to.value())) {
        return true; // unreadable date-times are reported by @WithExplicitOffset
      }
      return RuleViolations.reject(context, "to", "must be after from");
    }
  }
}

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
 * Resolving an IP address needs its source port: behind carrier-grade NAT many subscribers share
 * one public address at the same moment, and without the port the CSP may name the wrong one.
 * Reported on {@code port}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = PortForIpResolution.Check.class)
public @interface PortForIpResolution {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<PortForIpResolution, DataRequirement> {

    @Override
    public boolean isValid(DataRequirement requirement, ConstraintValidatorContext context) {
      boolean needsPort =
          requirement.knownDataType().filter(DataType.IP_RESOLUTION::equals).isPresent()
              && requirement.knownIdentifierType().filter(IdentifierType.IP_ADDRESS::equals)
                  .isPresent();
      return !needsPort
          || requirement.port() != null
          || RuleViolations.reject(
              context, "port", "is required to resolve an IP address (many users share one)");
    }
  }
}

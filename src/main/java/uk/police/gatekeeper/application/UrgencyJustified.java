package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Set;
import uk.police.gatekeeper.sla.Grade;

/**
 * Grades 1 and 2 jump the queue and may take the urgent DSO route, so the urgency must be
 * explained: {@code urgencyJustification} is required for GRADE_1 and GRADE_2.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = UrgencyJustified.Check.class)
public @interface UrgencyJustified {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<UrgencyJustified, ApplicationForm> {

    private static final Set<String> URGENT = Set.of(Grade.GRADE_1.name(), Grade.GRADE_2.name());

    @Override
    public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
      boolean justified =
          form.urgencyJustification() != null && !form.urgencyJustification().isBlank();
      boolean urgent = form.priority() != null && URGENT.contains(form.priority()); // Set.of: no nulls
      return !urgent
          || justified
          || RuleViolations.reject(context, "urgencyJustification",
              "is required for Grade 1 and Grade 2: say why it is urgent");
    }
  }
}

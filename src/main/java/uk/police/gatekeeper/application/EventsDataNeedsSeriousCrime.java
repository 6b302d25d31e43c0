package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.List;

/**
 * Events data (call records, cell site) may be acquired only for serious crime (domain.md section
 * 2, crime threshold). Each offending requirement is reported on {@code requirements[i].dataType}.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = EventsDataNeedsSeriousCrime.Check.class)
public @interface EventsDataNeedsSeriousCrime {

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<EventsDataNeedsSeriousCrime, ApplicationForm> {

    @Override
    public boolean isValid(ApplicationForm form, ConstraintValidatorContext context) {
      List<DataRequirement> requirements = form.requirements();
      if (form.claimsSeriousCrime() || requirements == null) {
        return true;
      }
      boolean valid = true;
      for (int i = 0; i < requirements.size(); i++) {
        DataRequirement requirement = requirements.get(i);
        if (requirement != null
            && requirement.knownDataType().filter(DataType::isEventsData).isPresent()) {
          RuleViolations.rejectElement(context, "requirements", i, "dataType",
              "call records and cell site are events data: only for serious crime");
          valid = false;
        }
      }
      return valid;
    }
  }
}

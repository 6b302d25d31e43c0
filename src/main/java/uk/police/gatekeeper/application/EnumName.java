package uk.police.gatekeeper.application;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The value must be exactly one of the contract's upper-case names, taken from an enum so that the
 * allowed values and the message listing them cannot drift apart. Blank is left to @NotBlank.
 */
@Target(FIELD)
@Retention(RUNTIME)
@Constraint(validatedBy = EnumName.Check.class)
public @interface EnumName {

  Class<? extends Enum<?>> value();

  String message() default "";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<EnumName, String> {

    private Set<String> names;
    private String rule;

    @Override
    public void initialize(EnumName annotation) {
      names = Arrays.stream(annotation.value().getEnumConstants())
          .map(Enum::name)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      rule = "must be one of " + String.join(", ", names);
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank() || names.contains(value)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(RuleViolations.literal(rule))
          .addConstraintViolation();
      return false;
    }
  }
}

package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Bean Validation constraints on their own, without the Camunda variable reading. */
class ApplicationFormTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static DataRequirement requirement(String identifierType, String identifier,
      String dataType, String from, String to, Integer port) {
    return new DataRequirement(identifierType, identifier, dataType, "alpha-mobile", from, to, port);
  }

  private static ApplicationForm form(Boolean seriousCrime, String priority,
      List<DataRequirement> requirements) {
    return new ApplicationForm("Operation Kestrel", "CRIME", "Robbery", seriousCrime,
        Boolean.TRUE.equals(seriousCrime) ? "Robbery carries life imprisonment" : null, priority,
        null, "SUSPECT", "Links the suspect's phone to the scene", "Only the hour around the robbery",
        "Calls of third parties are not requested", false, requirements);
  }

  private static Set<String> paths(ApplicationForm form) {
    return VALIDATOR.validate(form).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  @Test
  void aCompleteFormHasNoViolations() {
    ApplicationForm form = form(true, "ROUTINE", List.of(requirement("MSISDN", "07700 900123",
        "CALL_RECORDS", "2026-11-03T14:05:00+00:00", "2026-11-03T15:05:00+00:00", null)));
    assertThat(VALIDATOR.validate(form)).isEmpty();
  }

  @Test
  void elementRulesNameTheirPathInsideTheList() {
    ApplicationForm form = form(false, "GRADE_1", List.of(
        requirement("MSISDN", "07700 900123", "SUBSCRIBER", "2026-11-03T14:05:00+00:00",
            "2026-11-03T15:05:00+00:00", null),
        requirement("IMEI", "490154203237519", "CELL_SITE", "2026-11-03T14:05:00",
            null, 70000)));
    assertThat(paths(form)).containsExactlyInAnyOrder(
        "urgencyJustification",
        "requirements[1].identifier",
        "requirements[1].dataType",
        "requirements[1].from",
        "requirements[1].to",
        "requirements[1].port");
  }

  @Test
  void enumerationMessagesListTheAllowedValues() {
    ApplicationForm form = form(false, "URGENT", List.of(requirement("MSISDN", "07700 900123",
        "SUBSCRIBER", "2026-11-03T14:05:00+00:00", "2026-11-03T15:05:00+00:00", null)));
    assertThat(VALIDATOR.validate(form))
        .extracting(ConstraintViolation::getMessage)
        .containsExactly("must be one of GRADE_1, GRADE_2, GRADE_3, ROUTINE");
  }
}

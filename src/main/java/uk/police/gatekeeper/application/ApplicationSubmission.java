package uk.police.gatekeeper.application;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Checks the start variables of a communications data application ({@code cd-application}) as
 * Camunda hands them over, and normalises its data requirements: every identifier in its
 * normalised form beside the applicant's own, every date-time with its offset.
 */
public class ApplicationSubmission {

  private final Validator validator;
  private final CspCheck cspCheck;
  private final ApplicationVariables variables = new ApplicationVariables();

  public ApplicationSubmission(Validator validator, CspDirectory cspDirectory) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.cspCheck = new CspCheck(Objects.requireNonNull(cspDirectory, "cspDirectory"));
  }

  /**
   * All violations of the contract's rules, or none and the normalised requirements. A value that
   * could not be read (bad JSON, "yes" for a boolean) is reported once, on its own field, without
   * the rules that would otherwise fire on it as missing.
   */
  public SubmissionResult check(Map<String, Object> rawVariables) {
    ApplicationVariables.Reading reading = variables.read(rawVariables);
    ApplicationForm form = reading.form();

    List<Violation> ruleViolations = new ArrayList<>(cspCheck.check(form));
    for (ConstraintViolation<ApplicationForm> violation : validator.validate(form)) {
      ruleViolations.add(
          new Violation(violation.getPropertyPath().toString(), violation.getMessage()));
    }
    TreeSet<Violation> all = new TreeSet<>(reading.problems());
    ruleViolations.stream()
        .filter(v -> reading.problems().stream().noneMatch(p -> v.isWithin(p.field())))
        .forEach(all::add);

    if (!all.isEmpty()) {
      return new SubmissionResult(new ArrayList<>(all), List.of());
    }
    return new SubmissionResult(List.of(), normalised(form, reading.rawRequirements()));
  }

  /**
   * Each requirement as the applicant sent it (other keys kept), with {@code identifierNormalised}
   * added, {@code from}/{@code to} written with offset and {@code port} as a number.
   */
  private static List<Map<String, Object>> normalised(
      ApplicationForm form, List<Map<String, Object>> raw) {
    List<Map<String, Object>> result = new ArrayList<>();
    for (int i = 0; i < form.requirements().size(); i++) {
      DataRequirement requirement = form.requirements().get(i);
      Map<String, Object> map = new LinkedHashMap<>(raw.get(i));
      map.put("identifier", requirement.identifier());
      map.put("identifierNormalised", IdentifierType.valueOf(requirement.identifierType())
          .normalise(requirement.identifier()).value());
      map.put("from", writtenDateTime(requirement.from()));
      if (requirement.to() == null || requirement.to().isBlank()) {
        map.remove("to");
      } else {
        map.put("to", writtenDateTime(requirement.to()));
      }
      if (requirement.port() == null) {
        map.remove("port");
      } else {
        map.put("port", requirement.port());
      }
      result.add(map);
    }
    return result;
  }

  private static String writtenDateTime(String text) {
    return ExplicitOffsetDateTime.format(ExplicitOffsetDateTime.parse(text).value());
  }
}

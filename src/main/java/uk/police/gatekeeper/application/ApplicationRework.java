package uk.police.gatekeeper.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The applicant's rework of a returned application: only the applicant completes it, and a
 * resubmission is held to every rule of a first submission. Withdrawing needs nothing else.
 */
@Component("applicationRework")
public class ApplicationRework extends TaskDecision {

  private final ApplicationSubmission submission;
  private final ApplicationRegistry registry;

  public ApplicationRework(IdentityService identityService, ApplicationSubmission submission,
      ApplicationRegistry registry) {
    super(identityService);
    this.submission = submission;
    this.registry = registry;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.setVariable("withdraw", false);
  }

  @Override
  protected void decide(DelegateExecution task, String actor) {
    if (!actor.equals(task.getVariable("applicant"))) {
      throw Refusal.because("Only the applicant can rework or withdraw their application");
    }
    String reference = ApplicationFacts.reference(task);
    boolean withdraw = ApplicationFacts.flag(task, "withdraw");
    task.setVariable("withdraw", withdraw);
    if (withdraw) {
      registry.decision(reference, "REWORK", "WITHDRAWN", actor, null);
      return;
    }
    Map<String, Object> variables = new LinkedHashMap<>(task.getVariables());
    RequirementFields.collect(variables)
        .filter(fields -> requirementsAsAccepted(variables.get(RequirementsVariable.NAME), reference))
        .ifPresent(fields -> variables.put(RequirementsVariable.NAME, fields));
    SubmissionResult result = submission.check(variables);
    if (!result.valid()) {
      throw Refusal.of("The corrected application", result.violations());
    }
    ApplicationFacts.dropStaleJustifications(task);
    ApplicationFacts.defaultFlags(task);
    task.setVariable(RequirementsVariable.NAME, RequirementsVariable.of(result.requirements()));
    task.setVariables(RequirementFields.flatten(result.requirements()));
    registry.resubmit(reference, task.getVariables(), result.requirements());
    registry.decision(reference, "REWORK", "RESUBMITTED", actor, null);
  }

  /**
   * Whether the {@code requirements} variable still holds what Gatekeeper last accepted. The flat
   * groups outlive each round as process variables (they pre-fill the rework form), so their
   * presence alone does not say the rework form sent them: a REST client that sends a new
   * {@code requirements} array leaves last round's groups in place, and its array must win. The
   * rework form never sends the array, so an array unchanged since acceptance means the groups
   * are the applicant's answer.
   */
  private boolean requirementsAsAccepted(Object requirements, String reference) {
    List<Map<String, Object>> current;
    try {
      current = RequirementsVariable.read(requirements);
    } catch (RefusedInput unreadable) {
      return false;
    }
    List<Map<String, Object>> accepted = registry.requirements(reference);
    if (current.size() != accepted.size()) {
      return false;
    }
    for (int i = 0; i < current.size(); i++) {
      Map<String, Object> variable = current.get(i);
      Map<String, Object> row = accepted.get(i);
      if (!same(variable.get("identifierType"), row.get("identifier_type"))
          || !same(variable.get("identifier"), row.get("identifier"))
          || !same(variable.get("dataType"), row.get("data_type"))
          || !same(variable.get("csp"), row.get("csp"))
          || !same(variable.get("from"), row.get("period_from"))
          || !same(variable.get("to"), row.get("period_to"))
          || !same(variable.get("port"), row.get("port"))) {
        return false;
      }
    }
    return true;
  }

  private static boolean same(Object variable, Object column) {
    return Objects.equals(variable == null ? null : variable.toString(), column == null ? null : column.toString());
  }
}

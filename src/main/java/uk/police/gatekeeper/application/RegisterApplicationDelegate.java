package uk.police.gatekeeper.application;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Checks a submitted application against every rule of the contract and registers it: a reference
 * from the database sequence (also the business key), normalised identifiers beside the applicant's,
 * and Gatekeeper's record. Runs in the submission's own transaction, so a refused application leaves
 * no process instance, no record and no case.
 */
@Component
public class RegisterApplicationDelegate implements JavaDelegate {

  private final ApplicationSubmission submission;
  private final ApplicationReferences references;
  private final ApplicationRegistry registry;
  private final String regime;

  public RegisterApplicationDelegate(ApplicationSubmission submission, ApplicationReferences references,
      ApplicationRegistry registry, @Value("${gatekeeper.regime:IPA}") String regime) {
    this.submission = submission;
    this.references = references;
    this.registry = registry;
    this.regime = regime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new LinkedHashMap<>(execution.getVariables());
    // Tasklist's start form sends the requirements as flat groups; REST clients send the array.
    RequirementFields.collect(variables).ifPresent(fields -> variables.put(RequirementsVariable.NAME, fields));
    SubmissionResult result = submission.check(variables);
    if (!result.valid()) {
      throw Refusal.of("The application", result.violations());
    }
    ApplicationFacts.dropStaleJustifications(execution);
    ApplicationFacts.defaultFlags(execution);

    String reference = references.next();
    execution.setProcessBusinessKey(reference);
    execution.setVariable("applicationReference", reference);
    execution.setVariable("regime", regime);
    execution.setVariable(RequirementsVariable.NAME, RequirementsVariable.of(result.requirements()));
    // The rework form opens with the groups filled from what was accepted, however it was sent.
    execution.setVariables(RequirementFields.flatten(result.requirements()));

    String applicant = (String) execution.getVariable("applicant");
    registry.register(reference, execution.getProcessInstanceId(), applicant, regime, execution.getVariables(),
        result.requirements());
    registry.decision(reference, "APPLICATION", "SUBMITTED", applicant, null);
    Object parent = execution.getVariable("parentApplicationReference");
    if (parent != null) {
      registry.parent(reference, parent.toString());
    }
  }
}

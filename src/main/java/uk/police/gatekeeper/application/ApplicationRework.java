package uk.police.gatekeeper.application;

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
    SubmissionResult result = submission.check(task.getVariables());
    if (!result.valid()) {
      throw Refusal.of("The corrected application", result.violations());
    }
    ApplicationFacts.dropStaleJustifications(task);
    ApplicationFacts.defaultFlags(task);
    task.setVariable(RequirementsVariable.NAME, RequirementsVariable.of(result.requirements()));
    registry.resubmit(reference, task.getVariables(), result.requirements());
    registry.decision(reference, "REWORK", "RESUBMITTED", actor, null);
  }
}

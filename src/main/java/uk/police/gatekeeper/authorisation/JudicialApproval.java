package uk.police.gatekeeper.authorisation;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.TaskDecision;

/** Records the Judicial Commissioner's decision where a journalist's source may be revealed. */
@Component("judicialApprovalCheck")
public class JudicialApproval extends TaskDecision {

  static final List<String> DECISIONS = List.of("APPROVED", "REFUSED");

  private final ApplicationRegistry registry;

  public JudicialApproval(IdentityService identityService, ApplicationRegistry registry) {
    super(identityService);
    this.registry = registry;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.removeVariable("judicialApprovalDecision");
  }

  @Override
  protected void decide(DelegateExecution task, String recordedBy) {
    if (recordedBy.equals(task.getVariable("applicant"))) {
      throw Refusal.because("Separation of duties: you made this application, so you cannot record its approval");
    }
    String decision = Refusal.requireOneOf(task.getVariable("judicialApprovalDecision"), "judicialApprovalDecision",
        DECISIONS);
    Refusal.requireText(task.getVariable("judicialCommissionerReference"), "judicialCommissionerReference",
        "the Judicial Commissioner's reference is required");
    Object notes = task.getVariable("judicialApprovalNotes");
    registry.decision(ApplicationFacts.reference(task), "JUDICIAL_APPROVAL", decision, recordedBy,
        "Judicial Commissioner reference " + task.getVariable("judicialCommissionerReference")
            + (notes == null || notes.toString().isBlank() ? "" : ". " + notes));
  }
}

package uk.police.gatekeeper.errors;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.TaskDecision;

/**
 * The SRO signs off every error (task {@code sroReview}), may mark it potentially serious, and decides
 * what becomes of quarantined data: destroyed, or retained with a justification.
 */
@Component("sroSignOff")
public class SroSignOff extends TaskDecision {

  static final List<String> QUARANTINE = List.of("DESTROY", "RETAIN", "NONE");

  private final ErrorRecordTable table;

  public SroSignOff(IdentityService identityService, ErrorRecordTable table) {
    super(identityService);
    this.table = table;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.removeVariable("quarantineDecision");
  }

  @Override
  protected void decide(DelegateExecution execution, String sro) {
    String decision = Refusal.requireOneOf(execution.getVariable("quarantineDecision"), "quarantineDecision",
        QUARANTINE);
    Object justification = execution.getVariable("quarantineJustification");
    if ("RETAIN".equals(decision)) {
      Refusal.requireText(justification, "quarantineJustification", "say why quarantined data is retained");
    }
    boolean serious = ApplicationFacts.flag(execution, "potentiallySerious");
    execution.setVariable("potentiallySerious", serious);
    execution.setVariable("signedOffBy", sro);
    table.signedOff((String) execution.getVariable("errorReference"), sro, serious, decision,
        "RETAIN".equals(decision) ? justification.toString() : null,
        "REPORTABLE".equals(execution.getVariable("errorClass")) ? "REPORTING" : "RECORDED");
  }
}

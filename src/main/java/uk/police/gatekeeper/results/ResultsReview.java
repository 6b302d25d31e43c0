package uk.police.gatekeeper.results;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.application.Refusal;
import uk.police.gatekeeper.application.RequirementsVariable;
import uk.police.gatekeeper.application.TaskDecision;

/** The SPoC's review of the checked results (task {@code reviewResults}): accept, or report an error. */
@Component("resultsReview")
public class ResultsReview extends TaskDecision {

  static final List<String> DECISIONS = List.of("ACCEPT", "REPORT_ERROR");

  private final ApplicationRegistry registry;
  private final ResultsSummary summary;

  public ResultsReview(IdentityService identityService, ApplicationRegistry registry, ResultsSummary summary) {
    super(identityService);
    this.registry = registry;
    this.summary = summary;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.removeVariable("resultsDecision");
    task.setVariable("resultsSummary", RequirementsVariable.of(summary.of(ApplicationFacts.reference(task))));
  }

  @Override
  protected void decide(DelegateExecution execution, String spoc) {
    String decision = Refusal.requireOneOf(execution.getVariable("resultsDecision"), "resultsDecision", DECISIONS);
    Object notes = execution.getVariable("resultsNotes");
    if ("REPORT_ERROR".equals(decision)) {
      Refusal.requireText(notes, "resultsNotes", "required when reporting an error: say what is wrong");
    }
    execution.setVariable("resultsReviewer", spoc);
    registry.decision(ApplicationFacts.reference(execution), "RESULTS_REVIEW", decision, spoc,
        notes == null ? null : notes.toString());
  }
}

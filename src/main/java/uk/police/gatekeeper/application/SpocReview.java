package uk.police.gatekeeper.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The SPoC's review (tasks {@code spocReview} and {@code reviewRenewal}). Enforced whatever the client:
 * the reviewer is not the applicant; the decision is ACCEPT, RETURN or DECLINE; notes explain a return
 * or a decline; and technical corrections are checked by the same rules as a submission and recorded
 * with the value before and after.
 */
@Component("spocReview")
public class SpocReview extends TaskDecision {

  static final List<String> DECISIONS = List.of("ACCEPT", "RETURN", "DECLINE");
  static final List<String> CORRECTABLE = List.of("identifier", "csp", "from", "to");

  private final ApplicationSubmission submission;
  private final ApplicationRegistry registry;

  public SpocReview(IdentityService identityService, ApplicationSubmission submission, ApplicationRegistry registry) {
    super(identityService);
    this.submission = submission;
    this.registry = registry;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.removeVariable("spocDecision");
    task.removeVariable("spocCorrections");
  }

  @Override
  protected void decide(DelegateExecution task, String reviewer) {
    if (reviewer.equals(task.getVariable("applicant"))) {
      throw Refusal.because("Separation of duties: you made this application, so another SPoC must review it");
    }
    String decision = Refusal.requireOneOf(task.getVariable("spocDecision"), "spocDecision", DECISIONS);
    Object notes = task.getVariable("spocNotes");
    if (!"ACCEPT".equals(decision)) {
      Refusal.requireText(notes, "spocNotes", "required when returning or declining: tell the applicant why");
    }
    String reference = ApplicationFacts.reference(task);
    applyCorrections(task, reference, reviewer);
    task.setVariable("spocReviewer", reviewer);
    registry.decision(reference, "reviewRenewal".equals(task.getCurrentActivityId()) ? "RENEWAL_REVIEW" : "SPOC_REVIEW",
        decision, reviewer, notes == null ? null : notes.toString());
  }

  private void applyCorrections(DelegateExecution task, String reference, String reviewer) {
    List<Map<String, Object>> corrections = RequirementsVariable.read(task.getVariable("spocCorrections"));
    if (corrections.isEmpty()) {
      return;
    }
    List<Map<String, Object>> before = RequirementsVariable.read(task.getVariable(RequirementsVariable.NAME));
    List<Map<String, Object>> after = new ArrayList<>();
    before.forEach(requirement -> after.add(new LinkedHashMap<>(requirement)));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < corrections.size(); i++) {
      Map<String, Object> correction = corrections.get(i);
      String prefix = "spocCorrections[" + i + "].";
      int index = position(correction.get("index"), prefix, after.size());
      positions.add(index);
      String field = Refusal.requireOneOf(correction.get("field"), prefix + "field", CORRECTABLE);
      Refusal.requireText(correction.get("value"), prefix + "value", "the corrected value is required");
      Refusal.requireText(correction.get("reason"), prefix + "reason", "say why the detail was corrected");
      after.get(index - 1).put(field, correction.get("value").toString().strip());
    }
    Map<String, Object> variables = new LinkedHashMap<>(task.getVariables());
    variables.put(RequirementsVariable.NAME, after);
    SubmissionResult result = submission.check(variables);
    if (!result.valid()) {
      throw Refusal.of("The corrected application", result.violations());
    }
    for (int i = 0; i < corrections.size(); i++) {
      Map<String, Object> correction = corrections.get(i);
      int index = positions.get(i);
      String field = correction.get("field").toString();
      Object old = before.get(index - 1).get(field);
      registry.correction(reference, index, field, old == null ? null : old.toString(),
          String.valueOf(result.requirements().get(index - 1).get(field)), correction.get("reason").toString(),
          reviewer);
    }
    task.setVariable(RequirementsVariable.NAME, RequirementsVariable.of(result.requirements()));
    registry.replaceRequirements(reference, result.requirements());
  }

  private static int position(Object value, String prefix, int count) {
    try {
      int index = (int) Double.parseDouble(String.valueOf(value));
      if (index >= 1 && index <= count) {
        return index;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw Refusal.because(prefix + "index: must be the number of a data requirement, 1 to " + count);
  }
}

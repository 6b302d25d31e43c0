package uk.police.gatekeeper.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
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
  /** How many correction groups the spoc-review form offers. */
  static final int FORM_CORRECTIONS = 3;
  /** A correction's key in {@code spocCorrections}, and the suffix of its flat field in the form. */
  private static final Map<String, String> CORRECTION_SUFFIXES =
      Map.of("index", "Requirement", "field", "Field", "value", "Value", "reason", "Reason");

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
    task.removeVariable("hasCorrections");
    for (int i = 1; i <= FORM_CORRECTIONS; i++) {
      task.removeVariable("hasCorrection" + i);
      for (String suffix : CORRECTION_SUFFIXES.values()) {
        task.removeVariable("correction" + i + suffix);
      }
    }
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
    List<Map<String, Object>> corrections;
    BiFunction<Integer, String, String> fieldName;
    if (ApplicationFacts.flag(task, "hasCorrections")) {
      corrections = formCorrections(task);
      fieldName = (i, key) -> "correction" + (i + 1) + CORRECTION_SUFFIXES.get(key);
    } else {
      corrections = RequirementsVariable.read(task.getVariable("spocCorrections"));
      fieldName = (i, key) -> "spocCorrections[" + i + "]." + key;
    }
    if (corrections.isEmpty()) {
      return;
    }
    List<Map<String, Object>> before = RequirementsVariable.read(task.getVariable(RequirementsVariable.NAME));
    List<Map<String, Object>> after = new ArrayList<>();
    before.forEach(requirement -> after.add(new LinkedHashMap<>(requirement)));
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < corrections.size(); i++) {
      Map<String, Object> correction = corrections.get(i);
      int index = position(correction.get("index"), fieldName.apply(i, "index"), after.size());
      positions.add(index);
      String field = Refusal.requireOneOf(correction.get("field"), fieldName.apply(i, "field"), CORRECTABLE);
      Refusal.requireText(correction.get("value"), fieldName.apply(i, "value"), "the corrected value is required");
      Refusal.requireText(correction.get("reason"), fieldName.apply(i, "reason"), "say why the detail was corrected");
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
    task.setVariables(RequirementFields.flatten(result.requirements()));
    registry.replaceRequirements(reference, result.requirements());
  }

  /**
   * The corrections of the spoc-review form: its fixed groups ({@code correction1Requirement},
   * {@code correction1Field}, ...), the first when "Correct technical details" is ticked and each
   * further one when its own box is. The form cannot use a dynamic list: form-js 1.8.7 keeps Tasklist's
   * Complete disabled after an edit inside one (bpmn-io/form-js#1494).
   */
  private static List<Map<String, Object>> formCorrections(DelegateExecution task) {
    List<Map<String, Object>> corrections = new ArrayList<>();
    for (int i = 1; i <= FORM_CORRECTIONS && (i == 1 || ApplicationFacts.flag(task, "hasCorrection" + i)); i++) {
      Map<String, Object> correction = new LinkedHashMap<>();
      for (Map.Entry<String, String> key : CORRECTION_SUFFIXES.entrySet()) {
        correction.put(key.getKey(), task.getVariable("correction" + i + key.getValue()));
      }
      corrections.add(correction);
    }
    return corrections;
  }

  private static int position(Object value, String name, int count) {
    try {
      int index = (int) Double.parseDouble(String.valueOf(value));
      if (index >= 1 && index <= count) {
        return index;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    throw Refusal.because(name + ": must be the number of a data requirement, 1 to " + count);
  }
}

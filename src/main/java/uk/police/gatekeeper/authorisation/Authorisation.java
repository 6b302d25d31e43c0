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

/**
 * The authorising individual's decision (tasks {@code authorise} and {@code authoriseRenewal}).
 * Enforced whatever the client: the authoriser is neither the applicant nor the SPoC who accepted;
 * the decision is AUTHORISED, REFUSED or RETURNED with notes unless authorised; an oral authorisation
 * is only for a Grade 1 or 2 application on the DSO route.
 */
@Component("authorisation")
public class Authorisation extends TaskDecision {

  static final List<String> DECISIONS = List.of("AUTHORISED", "REFUSED", "RETURNED");

  private final ApplicationRegistry registry;

  public Authorisation(IdentityService identityService, ApplicationRegistry registry) {
    super(identityService);
    this.registry = registry;
  }

  @Override
  protected void prepare(VariableScope task) {
    task.removeVariable("authorisationDecision");
    task.setVariable("oralAuthorisation", false);
  }

  @Override
  protected void decide(DelegateExecution task, String authoriser) {
    if (authoriser.equals(task.getVariable("applicant"))) {
      throw Refusal.because("Separation of duties: you made this application, so you cannot authorise it");
    }
    if (authoriser.equals(task.getVariable("spocReviewer"))) {
      throw Refusal.because("Separation of duties: you accepted this application as its SPoC, so another "
          + "authorising individual must decide it");
    }
    String decision = Refusal.requireOneOf(task.getVariable("authorisationDecision"), "authorisationDecision",
        DECISIONS);
    Object notes = task.getVariable("authorisationNotes");
    if (!"AUTHORISED".equals(decision)) {
      Refusal.requireText(notes, "authorisationNotes", "required when refusing or returning: give the reasons");
    }
    boolean oral = ApplicationFacts.flag(task, "oralAuthorisation");
    if (oral && !("AUTHORISED".equals(decision) && "authorise".equals(task.getCurrentActivityId())
        && "DSO".equals(task.getVariable("authorisationRoute")) && ApplicationFacts.isUrgent(task))) {
      throw Refusal.because("oralAuthorisation: an oral authorisation is only for authorising a Grade 1 or "
          + "Grade 2 application on the DSO route");
    }
    task.setVariable("oralAuthorisation", oral);
    task.setVariable("authoriser", authoriser);
    String stage = "authoriseRenewal".equals(task.getCurrentActivityId()) ? "RENEWAL_AUTHORISATION" : "AUTHORISATION";
    registry.decision(ApplicationFacts.reference(task), stage, oral ? "AUTHORISED_ORALLY" : decision, authoriser,
        notes == null ? null : notes.toString());
  }
}

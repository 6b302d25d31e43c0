package uk.police.gatekeeper.authorisation;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;

/**
 * Takes the row the {@code authorisation-route} table chose and keeps its two answers as the case
 * variables {@code authorisationRoute} (OCDA, DSO, DP) and {@code authoriserGroup}. A table that
 * chooses nothing is a modelling error for the process owner, not something to guess around.
 */
@Component("routeChoice")
public class RouteChoice {

  static final String RESULT = "authorisationRouting";

  private final ApplicationRegistry registry;

  public RouteChoice(ApplicationRegistry registry) {
    this.registry = registry;
  }

  public void apply(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> routing = (Map<String, Object>) execution.getVariable(RESULT);
    execution.removeVariable(RESULT);
    if (routing == null || routing.get("authorisationRoute") == null || routing.get("authoriserGroup") == null) {
      throw new ProcessEngineException("The decision table authorisation-route chose no authorising individual for "
          + "regime " + execution.getVariable("regime") + ", priority " + execution.getVariable("priority")
          + " and purpose " + execution.getVariable("statutoryPurpose") + ": the process owner must add a rule");
    }
    String route = routing.get("authorisationRoute").toString();
    execution.setVariable("authorisationRoute", route);
    execution.setVariable("authoriserGroup", routing.get("authoriserGroup").toString());
    registry.route(ApplicationFacts.reference(execution), route);
  }
}

package uk.police.gatekeeper.authorisation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;

/**
 * The authorisation takes effect: {@code authorisedAt} now and {@code authorisationExpiresAt} one
 * calendar month later by the Code's arithmetic, or 3 days later for an urgent DSO authorisation.
 */
@Component
public class GrantAuthorisationDelegate implements JavaDelegate {

  private final AuthorisationValidity validity;
  private final ApplicationRegistry registry;
  private final Clock clock;

  public GrantAuthorisationDelegate(AuthorisationValidity validity, ApplicationRegistry registry, Clock clock) {
    this.validity = validity;
    this.registry = registry;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // Whole seconds: the time a person records and reads on the authorisation.
    OffsetDateTime authorisedAt = OffsetDateTime.now(clock.withZone(AuthorisationValidity.UK)).truncatedTo(ChronoUnit.SECONDS);
    boolean urgentDso = "DSO".equals(execution.getVariable("authorisationRoute")) && ApplicationFacts.isUrgent(execution);
    OffsetDateTime expiresAt = urgentDso ? validity.urgentExpiresAt(authorisedAt) : validity.expiresAt(authorisedAt);
    execution.setVariable("authorisedAt", authorisedAt.toString());
    execution.setVariable("authorisationExpiresAt", expiresAt.toString());

    String reference = ApplicationFacts.reference(execution);
    registry.validity(reference, authorisedAt, expiresAt);
    registry.decision(reference, "GRANT", urgentDso ? "URGENT_THREE_DAYS" : "ONE_MONTH",
        String.valueOf(execution.getVariable("authoriser")), "In force until " + expiresAt);
  }
}

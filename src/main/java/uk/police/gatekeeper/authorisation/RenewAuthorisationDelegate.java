package uk.police.gatekeeper.authorisation;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;

/** A renewal's month starts where the current authorisation ends, so no day is lost or doubled. */
@Component
public class RenewAuthorisationDelegate implements JavaDelegate {

  private final AuthorisationValidity validity;
  private final ApplicationRegistry registry;

  public RenewAuthorisationDelegate(AuthorisationValidity validity, ApplicationRegistry registry) {
    this.validity = validity;
    this.registry = registry;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OffsetDateTime authorisedAt = OffsetDateTime.parse((String) execution.getVariable("authorisedAt"));
    OffsetDateTime current = OffsetDateTime.parse((String) execution.getVariable("authorisationExpiresAt"));
    OffsetDateTime renewed = validity.renewedExpiresAt(current);
    execution.setVariable("authorisationExpiresAt", renewed.toString());

    String reference = ApplicationFacts.reference(execution);
    registry.validity(reference, authorisedAt, renewed);
    registry.decision(reference, "RENEWAL", "RENEWED", String.valueOf(execution.getVariable("authoriser")),
        "In force until " + renewed + " (was " + current + ")");
  }
}

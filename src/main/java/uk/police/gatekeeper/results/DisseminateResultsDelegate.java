package uk.police.gatekeeper.results;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.application.ApplicationFacts;
import uk.police.gatekeeper.application.ApplicationRegistry;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/**
 * The accepted results become the applicant's intelligence product: from now on
 * {@code GET /api/applications/{reference}/product} serves it to those entitled to the case.
 */
@Component
public class DisseminateResultsDelegate implements JavaDelegate {

  private final JdbcTemplate jdbc;
  private final ApplicationRegistry registry;
  private final AuditTrail trail;
  private final Clock clock;

  public DisseminateResultsDelegate(JdbcTemplate jdbc, ApplicationRegistry registry, AuditTrail trail, Clock clock) {
    this.jdbc = jdbc;
    this.registry = registry;
    this.trail = trail;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = ApplicationFacts.reference(execution);
    String spoc = String.valueOf(execution.getVariable("resultsReviewer"));
    jdbc.update("UPDATE \"gatekeeper\".application SET results_disseminated_at = ? WHERE reference = ?",
        OffsetDateTime.now(clock), reference);
    registry.decision(reference, "DISSEMINATION", "INTELLIGENCE_PRODUCT", spoc, null);
    trail.record(spoc, AuditEventType.PRODUCT_ISSUED, AuditSubject.of(execution), Map.of("product", "INTELLIGENCE"));
  }
}

package uk.police.gatekeeper.errors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where Gatekeeper raises an error it found itself (a result check that failed, data after an
 * authorisation ended, an overdue written authorisation): each starts an error record, process
 * {@code cd-error}, in the same transaction as the finding.
 */
@Component
public class ErrorRecords {

  static final String PROCESS = "cd-error";

  private final RuntimeService runtimeService;
  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ErrorRecords(RuntimeService runtimeService, JdbcTemplate jdbc, Clock clock) {
    this.runtimeService = runtimeService;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void raise(String applicationReference, String errorType, String errorCause, boolean dataAcquired,
      String description, String raisedBy) {
    runtimeService.startProcessInstanceByKey(PROCESS, Variables.createVariables()
        .putValue("applicationReference", applicationReference)
        .putValue("errorType", errorType)
        .putValue("errorCause", errorCause)
        .putValue("dataAcquired", dataAcquired)
        .putValue("establishedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString())
        .putValue("description", description)
        .putValue("reportedBy", raisedBy));
  }

  /** The application's errors, for its case view: the link from the application to its errors. */
  public List<Map<String, Object>> forApplication(String applicationReference) {
    return jdbc.queryForList("SELECT reference, error_type, error_cause, error_class, data_acquired, status, "
        + "report_due_date, overdue, raised_by, raised_at, description FROM \"gatekeeper\".error_record "
        + "WHERE application_reference = ? ORDER BY reference", applicationReference);
  }
}

package uk.police.gatekeeper.errors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditSubject;
import uk.police.gatekeeper.audit.AuditTrail;

/**
 * Where Gatekeeper raises an error it found itself: a result check that failed, data that arrived
 * after an authorisation ended. Each is recorded and audited now; the error-reporting process
 * ({@code cd-error}, its own issue) will be started from here, so every caller already goes through
 * this one place.
 */
@Component
public class ErrorRecords {

  private final JdbcTemplate jdbc;
  private final AuditTrail trail;
  private final Clock clock;

  public ErrorRecords(JdbcTemplate jdbc, AuditTrail trail, Clock clock) {
    this.jdbc = jdbc;
    this.trail = trail;
    this.clock = clock;
  }

  public void raise(String applicationReference, String errorType, String errorCause, boolean dataAcquired,
      String description, String raisedBy) {
    jdbc.update("INSERT INTO \"gatekeeper\".raised_error (application_reference, error_type, error_cause, "
            + "data_acquired, description, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        applicationReference, errorType, errorCause, dataAcquired, description, raisedBy, OffsetDateTime.now(clock));
    trail.record(raisedBy, AuditEventType.ERROR_RAISED,
        new AuditSubject(applicationReference, null, null, null, null, null),
        Map.of("errorType", errorType, "errorCause", errorCause, "dataAcquired", dataAcquired,
            "description", description));
  }

  public List<Map<String, Object>> forApplication(String applicationReference) {
    return jdbc.queryForList("SELECT error_type, error_cause, data_acquired, description, raised_by, raised_at FROM "
        + "\"gatekeeper\".raised_error WHERE application_reference = ? ORDER BY id", applicationReference);
  }
}

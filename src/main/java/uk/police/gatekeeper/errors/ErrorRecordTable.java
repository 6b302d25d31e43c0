package uk.police.gatekeeper.errors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Writes the error register as an error moves through {@code cd-error}. Joins the engine's transaction. */
@Repository
public class ErrorRecordTable {

  private static final String TABLE = "\"gatekeeper\".error_record";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ErrorRecordTable(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void register(String reference, String processInstanceId, String applicationReference, String errorType,
      String errorCause, boolean dataAcquired, OffsetDateTime establishedAt, String description,
      Map<String, Object> narrative, String regime, String raisedBy) {
    jdbc.update("INSERT INTO " + TABLE + " (reference, process_instance_id, application_reference, error_type, "
            + "error_cause, data_acquired, established_at, description, collateral_intrusion, data_handling, "
            + "prevention_steps, regime, status, raised_by, raised_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SRO_REVIEW', ?, ?)",
        reference, processInstanceId, applicationReference, errorType, errorCause, dataAcquired, establishedAt,
        description, narrative.get("collateralIntrusion"), narrative.get("dataHandling"),
        narrative.get("preventionSteps"), regime, raisedBy, OffsetDateTime.now(clock));
  }

  public void classified(String reference, String errorClass, LocalDate reportDueDate) {
    jdbc.update("UPDATE " + TABLE + " SET error_class = ?, report_due_date = ? WHERE reference = ?",
        errorClass, reportDueDate, reference);
  }

  public void signedOff(String reference, String sro, boolean potentiallySerious, String quarantineDecision,
      String justification, String nextStatus) {
    jdbc.update("UPDATE " + TABLE + " SET signed_off_by = ?, signed_off_at = ?, potentially_serious = ?, "
            + "quarantine_decision = ?, quarantine_justification = ?, status = ? WHERE reference = ?",
        sro, OffsetDateTime.now(clock), potentiallySerious, quarantineDecision, justification, nextStatus, reference);
  }

  public void reported(String reference, String commissionerReference, LocalDate reportedOn) {
    jdbc.update("UPDATE " + TABLE + " SET commissioner_reference = ?, reported_on = ?, status = 'REPORTED' "
        + "WHERE reference = ?", commissionerReference, reportedOn, reference);
  }

  public void overdue(String reference) {
    jdbc.update("UPDATE " + TABLE + " SET overdue = TRUE WHERE reference = ?", reference);
  }

  public Optional<Map<String, Object>> find(String reference) {
    return jdbc.queryForList("SELECT * FROM " + TABLE + " WHERE reference = ?", reference).stream().findFirst();
  }
}

package uk.police.gatekeeper.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads the audit trail. There is deliberately no update or delete here (and the database
 * refuses both). Writes join the engine's transaction, so an audited change and its audit row commit
 * or roll back together.
 */
@Repository
public class AuditTrail {

  /**
   * Flyway creates the schema with a quoted lower-case name; quoting it here too makes the same SQL
   * find it on H2 (which upper-cases unquoted names) and on PostgreSQL (which lower-cases them).
   */
  static final String TABLE = "\"gatekeeper\".audit_event";

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() { };
  private static final String COLUMNS = "id, occurred_at, actor, event_type, case_reference, process_instance_id, "
      + "process_definition_key, task_id, task_definition_key, task_name, details";

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  public AuditTrail(JdbcTemplate jdbc, ObjectMapper json) {
    this.jdbc = jdbc;
    this.json = json;
    // Wall-clock time, not the engine's: tests move the engine clock, an audit records when it happened.
    this.clock = Clock.systemUTC();
  }

  public void record(String actor, AuditEventType type, AuditSubject subject, Map<String, Object> details) {
    jdbc.update("INSERT INTO " + TABLE + " (occurred_at, actor, event_type, case_reference, "
            + "process_instance_id, process_definition_key, task_id, task_definition_key, task_name, details) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        OffsetDateTime.now(clock), actor, type.name(), subject.caseReference(), subject.processInstanceId(),
        subject.processDefinitionKey(), subject.taskId(), subject.taskDefinitionKey(), subject.taskName(),
        toJson(details));
  }

  public List<AuditEntry> forCase(String caseReference) {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE case_reference = ? ORDER BY id",
        this::entry, caseReference);
  }

  public List<AuditEntry> forProcessInstance(String processInstanceId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE process_instance_id = ? ORDER BY id",
        this::entry, processInstanceId);
  }

  public List<AuditEntry> forTask(String taskId) {
    return jdbc.query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE task_id = ? ORDER BY id",
        this::entry, taskId);
  }

  private AuditEntry entry(ResultSet row, int rowNumber) throws SQLException {
    return new AuditEntry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class),
        row.getString("actor"), AuditEventType.valueOf(row.getString("event_type")),
        row.getString("case_reference"), row.getString("process_instance_id"),
        row.getString("process_definition_key"), row.getString("task_id"), row.getString("task_definition_key"),
        row.getString("task_name"), fromJson(row.getString("details")));
  }

  private String toJson(Map<String, Object> details) {
    try {
      return json.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit details could not be written as JSON", e);
    }
  }

  private Map<String, Object> fromJson(String details) {
    try {
      return details == null ? Map.of() : json.readValue(details, DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Audit details are not valid JSON", e);
    }
  }
}

package uk.police.gatekeeper.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.police.gatekeeper.Rows;

/**
 * Gatekeeper's own record of communications data applications (schema {@code gatekeeper}). Writes
 * join the engine's transaction: a refused submission or completion leaves no row behind.
 */
@Repository
public class ApplicationRegistry {

  /** Flyway creates the schema quoted in lower case; quoted here it resolves on H2 and PostgreSQL. */
  static final String SCHEMA = "\"gatekeeper\".";

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public ApplicationRegistry(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void register(String reference, String processInstanceId, String applicant, String regime,
      Map<String, Object> variables, List<Map<String, Object>> requirements) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    jdbc.update("INSERT INTO " + SCHEMA + "application (reference, process_instance_id, applicant, regime, "
            + "operation_name, statutory_purpose, offence, serious_crime, serious_crime_justification, priority, "
            + "urgency_justification, subject_role, necessity, proportionality, collateral_intrusion, "
            + "journalistic_source, status, submitted_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reference, processInstanceId, applicant, regime, text(variables, "operationName"),
        text(variables, "statutoryPurpose"), text(variables, "offence"), flag(variables, "seriousCrime"),
        text(variables, "seriousCrimeJustification"), text(variables, "priority"),
        text(variables, "urgencyJustification"), text(variables, "subjectRole"), text(variables, "necessity"),
        text(variables, "proportionality"), text(variables, "collateralIntrusion"),
        flag(variables, "journalisticSource"), "SPOC_REVIEW", now, now);
    insertRequirements(reference, requirements);
  }

  /** The applicant's corrected application, after rework. */
  public void resubmit(String reference, Map<String, Object> variables, List<Map<String, Object>> requirements) {
    jdbc.update("UPDATE " + SCHEMA + "application SET operation_name = ?, statutory_purpose = ?, offence = ?, "
            + "serious_crime = ?, serious_crime_justification = ?, priority = ?, urgency_justification = ?, "
            + "subject_role = ?, necessity = ?, proportionality = ?, collateral_intrusion = ?, "
            + "journalistic_source = ?, updated_at = ? WHERE reference = ?",
        text(variables, "operationName"), text(variables, "statutoryPurpose"), text(variables, "offence"),
        flag(variables, "seriousCrime"), text(variables, "seriousCrimeJustification"), text(variables, "priority"),
        text(variables, "urgencyJustification"), text(variables, "subjectRole"), text(variables, "necessity"),
        text(variables, "proportionality"), text(variables, "collateralIntrusion"),
        flag(variables, "journalisticSource"), OffsetDateTime.now(clock), reference);
    replaceRequirements(reference, requirements);
  }

  public void replaceRequirements(String reference, List<Map<String, Object>> requirements) {
    jdbc.update("DELETE FROM " + SCHEMA + "data_requirement WHERE application_reference = ?", reference);
    insertRequirements(reference, requirements);
  }

  public void status(String reference, String status) {
    jdbc.update("UPDATE " + SCHEMA + "application SET status = ?, updated_at = ? WHERE reference = ?",
        status, OffsetDateTime.now(clock), reference);
  }

  public void parent(String reference, String parentReference) {
    jdbc.update("UPDATE " + SCHEMA + "application SET parent_reference = ? WHERE reference = ?", parentReference,
        reference);
  }

  /** The consequential applications started from this one's results. */
  public List<String> children(String reference) {
    return jdbc.queryForList("SELECT reference FROM " + SCHEMA + "application WHERE parent_reference = ? ORDER BY "
        + "reference", String.class, reference);
  }

  public void route(String reference, String route) {
    jdbc.update("UPDATE " + SCHEMA + "application SET authorisation_route = ?, updated_at = ? WHERE reference = ?",
        route, OffsetDateTime.now(clock), reference);
  }

  public void validity(String reference, OffsetDateTime authorisedAt, OffsetDateTime expiresAt) {
    jdbc.update("UPDATE " + SCHEMA + "application SET authorised_at = ?, authorisation_expires_at = ?, "
        + "updated_at = ? WHERE reference = ?", authorisedAt, expiresAt, OffsetDateTime.now(clock), reference);
  }

  public void decision(String reference, String stage, String outcome, String decidedBy, String notes) {
    jdbc.update("INSERT INTO " + SCHEMA + "application_decision (application_reference, stage, outcome, "
            + "decided_by, decided_at, notes) VALUES (?, ?, ?, ?, ?, ?)",
        reference, stage, outcome, decidedBy, OffsetDateTime.now(clock), notes);
  }

  public void correction(String reference, int position, String field, String before, String after, String reason,
      String correctedBy) {
    jdbc.update("INSERT INTO " + SCHEMA + "requirement_correction (application_reference, position, field, "
            + "value_before, value_after, reason, corrected_by, corrected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        reference, position, field, before, after, reason, correctedBy, OffsetDateTime.now(clock));
  }

  public Optional<Map<String, Object>> find(String reference) {
    return jdbc.queryForList("SELECT * FROM " + SCHEMA + "application WHERE reference = ?", reference)
        .stream().findFirst().map(Rows::plain);
  }

  public List<Map<String, Object>> requirements(String reference) {
    return plain(jdbc.queryForList("SELECT * FROM " + SCHEMA + "data_requirement WHERE application_reference = ? "
        + "ORDER BY position", reference));
  }

  public List<Map<String, Object>> decisions(String reference) {
    return plain(jdbc.queryForList("SELECT stage, outcome, decided_by, decided_at, notes FROM " + SCHEMA
        + "application_decision WHERE application_reference = ? ORDER BY id", reference));
  }

  public List<Map<String, Object>> corrections(String reference) {
    return plain(jdbc.queryForList("SELECT position, field, value_before, value_after, reason, corrected_by, "
        + "corrected_at FROM " + SCHEMA + "requirement_correction WHERE application_reference = ? ORDER BY id",
        reference));
  }

  private void insertRequirements(String reference, List<Map<String, Object>> requirements) {
    for (int i = 0; i < requirements.size(); i++) {
      Map<String, Object> requirement = requirements.get(i);
      Object port = requirement.get("port");
      jdbc.update("INSERT INTO " + SCHEMA + "data_requirement (application_reference, position, identifier_type, "
              + "identifier, identifier_normalised, data_type, csp, period_from, period_to, port) "
              + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          reference, i + 1, requirement.get("identifierType"), requirement.get("identifier"),
          requirement.get("identifierNormalised"), requirement.get("dataType"), requirement.get("csp"),
          requirement.get("from"), requirement.get("to"), port == null ? null : ((Number) port).intValue());
    }
  }

  private static List<Map<String, Object>> plain(List<Map<String, Object>> rows) {
    return rows.stream().map(Rows::plain).toList();
  }


  private static String text(Map<String, Object> variables, String key) {
    Object value = variables.get(key);
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static boolean flag(Map<String, Object> variables, String key) {
    Object value = variables.get(key);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
  }
}

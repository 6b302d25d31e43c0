package uk.police.gatekeeper.csp;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.stereotype.Repository;
import uk.police.gatekeeper.DatabaseSequence;
import uk.police.gatekeeper.Rows;

/** Requests to CSPs and their deliveries, in Gatekeeper's schema. Writes join the engine's transaction. */
@Repository
public class CspRequests {

  private static final String SCHEMA = "\"gatekeeper\".";

  private final JdbcTemplate jdbc;
  private final Clock clock;
  private final DataFieldMaxValueIncrementer numbers;

  public CspRequests(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.numbers = DatabaseSequence.of(dataSource, "csp_request_number");
  }

  public long nextNumber() {
    return numbers.nextLongValue();
  }

  public void prepared(String reference, String applicationReference, int position, String csp, String message) {
    jdbc.update("INSERT INTO " + SCHEMA + "csp_request (reference, application_reference, position, csp, message, "
        + "status, created_at) VALUES (?, ?, ?, ?, ?, 'PREPARED', ?)",
        reference, applicationReference, position, csp, message, now());
  }

  public Optional<Map<String, Object>> find(String reference) {
    return jdbc.queryForList("SELECT * FROM " + SCHEMA + "csp_request WHERE reference = ?", reference)
        .stream().findFirst().map(Rows::plain);
  }

  public List<Map<String, Object>> forApplication(String applicationReference) {
    return jdbc.queryForList("SELECT * FROM " + SCHEMA + "csp_request WHERE application_reference = ? ORDER BY position",
        applicationReference).stream().map(Rows::plain).toList();
  }

  public void sent(String reference) {
    jdbc.update("UPDATE " + SCHEMA + "csp_request SET status = CASE WHEN status = 'PREPARED' THEN 'SENT' ELSE status END, "
        + "attempts = attempts + 1, sent_at = ? WHERE reference = ?", now(), reference);
  }

  public void attempted(String reference) {
    jdbc.update("UPDATE " + SCHEMA + "csp_request SET attempts = attempts + 1 WHERE reference = ?", reference);
  }

  public void answered(String reference) {
    jdbc.update("UPDATE " + SCHEMA + "csp_request SET status = 'ANSWERED', answered_at = ? WHERE reference = ?",
        now(), reference);
  }

  public void cancelled(String reference) {
    jdbc.update("UPDATE " + SCHEMA + "csp_request SET status = 'CANCELLED', cancelled_at = ? WHERE reference = ?",
        now(), reference);
  }

  /** Requests the CSP may still be working on: prepared or sent, not answered or cancelled. */
  public List<Map<String, Object>> outstanding(String applicationReference) {
    return jdbc.queryForList("SELECT * FROM " + SCHEMA + "csp_request WHERE application_reference = ? "
        + "AND status IN ('PREPARED', 'SENT') ORDER BY position", applicationReference)
        .stream().map(Rows::plain).toList();
  }

  /** Stores a delivery once; answers false when this delivery was already stored. */
  public boolean delivered(String requestReference, String deliveryId, String body, String outcome) {
    Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM " + SCHEMA + "csp_response WHERE request_reference = ? "
        + "AND delivery_id = ?", Integer.class, requestReference, deliveryId);
    if (known != null && known > 0) {
      return false;
    }
    jdbc.update("INSERT INTO " + SCHEMA + "csp_response (request_reference, delivery_id, received_at, body, outcome, "
        + "quarantined) VALUES (?, ?, ?, ?, ?, ?)", requestReference, deliveryId, now(), body, outcome,
        "LATE".equals(outcome));
    return true;
  }

  public Optional<Map<String, Object>> latestResponse(String requestReference) {
    return jdbc.queryForList("SELECT * FROM " + SCHEMA + "csp_response WHERE request_reference = ? ORDER BY id DESC",
        requestReference).stream().findFirst().map(Rows::plain);
  }

  public void checked(long responseId, String outcome, String findings, boolean quarantined) {
    jdbc.update("UPDATE " + SCHEMA + "csp_response SET outcome = ?, findings = ?, quarantined = ? WHERE id = ?",
        outcome, findings, quarantined, responseId);
  }

  /** Every delivery for an application is quarantined, as when the SPoC reports an error in the results. */
  public void quarantineAll(String applicationReference) {
    jdbc.update("UPDATE " + SCHEMA + "csp_response SET quarantined = TRUE WHERE request_reference IN (SELECT reference "
        + "FROM " + SCHEMA + "csp_request WHERE application_reference = ?)", applicationReference);
  }

  /** Deletes the content of the application's quarantined deliveries; the rows, findings and decision stay. */
  public int destroyQuarantined(String applicationReference, String by, String errorReference) {
    return jdbc.update("UPDATE " + SCHEMA + "csp_response SET body = ? WHERE quarantined = TRUE AND request_reference IN "
        + "(SELECT reference FROM " + SCHEMA + "csp_request WHERE application_reference = ?)",
        "{\"destroyed\": true, \"by\": \"" + by + "\", \"on\": \"" + now() + "\", \"error\": \"" + errorReference
            + "\"}", applicationReference);
  }

  /** Deliveries that passed their checks and are not quarantined: the only data a product may show. */
  public List<Map<String, Object>> releasableResponses(String applicationReference) {
    return jdbc.queryForList("SELECT r.position, r.csp, r.reference AS request_reference, s.received_at, s.body, "
        + "s.outcome FROM " + SCHEMA + "csp_request r JOIN " + SCHEMA + "csp_response s ON s.request_reference = r.reference "
        + "WHERE r.application_reference = ? AND s.quarantined = FALSE AND s.outcome IN ('PASSED', 'NIL_RETURN') "
        + "ORDER BY r.position, s.id", applicationReference).stream().map(Rows::plain).toList();
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

}

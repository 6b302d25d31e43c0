package uk.police.gatekeeper.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.audit.AuditEntry;
import uk.police.gatekeeper.audit.AuditEventType;
import uk.police.gatekeeper.audit.AuditTrail;
import uk.police.gatekeeper.platform.HttpSession;

/**
 * The error register's read side over HTTP: each filter, statistics, the CSV export, refusals and who
 * may read it. The rows are inserted here directly (process cd-error writes them in production); their
 * references and application references are this class's own, so other tests' rows never interfere.
 */
@GatekeeperTest
class ErrorRegisterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PREFIX = "ERR-2026-9731";
  private static final String APP_A = "CD-2026-973101";
  private static final String APP_B = "CD-2026-973102";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired AuditTrail trail;

  @BeforeEach
  void fixtures() {
    jdbc.update("DELETE FROM \"gatekeeper\".error_record WHERE reference LIKE ?", PREFIX + "%");
    // 23:30Z on 30 September is 00:30 BST on 1 October: a UK October error.
    insert("ERR-2026-973101", APP_A, "WRONG_IDENTIFIER", "APPLICANT", true, "2026-09-30T23:30:00Z", "REPORTABLE",
        "2026-10-15", true, false, "AWAITING_REPORT", null, null, null,
        "Transposed digits, \"07700 900123\" read as 07700 900132");
    insert("ERR-2026-973102", APP_A, "WRONG_PERIOD", "SPOC", false, "2026-09-15T09:00:00+01:00", "RECORDABLE",
        null, false, false, "CLOSED", null, null, null, "=HYPERLINK(\"http://x.example\",\"y\")");
    insert("ERR-2026-973103", APP_B, "EXCESS_DATA", "CSP", true, "2026-11-03T14:05:00Z", "REPORTABLE",
        "2026-11-17", false, true, "REPORTED", "IPC-2026-0042", "2026-11-10", "DESTROY",
        "+44 prefix dropped by the CSP");
    insert("ERR-2026-973104", APP_B, "WRONG_IDENTIFIER", "APPLICANT", false, "2026-11-20T10:00:00Z", "RECORDABLE",
        null, false, false, "SRO_REVIEW", null, null, null, "@mention in the notes\nsecond line");
    // 23:30Z on 30 November is still 30 November in the UK (GMT); not classified yet.
    insert("ERR-2026-973105", APP_B, "WRONG_DATA_TYPE", "AUTHORISER", false, "2026-11-30T23:30:00Z", null,
        null, false, false, "SRO_REVIEW", null, null, null, "-1 day offset applied twice");
  }

  @Test
  void eachFilterSelectsItsErrors() throws Exception {
    assertThat(references("application=" + APP_A)).containsExactly("ERR-2026-973102", "ERR-2026-973101");
    assertThat(references("application=" + APP_B))
        .containsExactly("ERR-2026-973103", "ERR-2026-973104", "ERR-2026-973105");
    assertThat(references("class=REPORTABLE")).containsExactly("ERR-2026-973101", "ERR-2026-973103");
    assertThat(references("class=RECORDABLE")).containsExactly("ERR-2026-973102", "ERR-2026-973104");
    assertThat(references("type=WRONG_IDENTIFIER")).containsExactly("ERR-2026-973101", "ERR-2026-973104");
    assertThat(references("cause=CSP")).containsExactly("ERR-2026-973103");
    assertThat(references("cause=AUTHORISER")).containsExactly("ERR-2026-973105");
    assertThat(references("status=SRO_REVIEW")).containsExactly("ERR-2026-973104", "ERR-2026-973105");
    assertThat(references("overdue=true")).containsExactly("ERR-2026-973101");
    assertThat(references("overdue=false&application=" + APP_A)).containsExactly("ERR-2026-973102");
    // UK dates, both ends inclusive.
    assertThat(references("from=2026-10-01&to=2026-10-31")).containsExactly("ERR-2026-973101");
    assertThat(references("from=2026-09-01&to=2026-09-30")).containsExactly("ERR-2026-973102");
    assertThat(references("from=2026-11-30")).containsExactly("ERR-2026-973105");
    assertThat(references("to=2026-11-03")).containsExactly("ERR-2026-973102", "ERR-2026-973101", "ERR-2026-973103");
    assertThat(references("from=2026-11-03&to=2026-11-03")).containsExactly("ERR-2026-973103");
    assertThat(references("application=" + APP_B + "&class=RECORDABLE&cause=APPLICANT&type=WRONG_IDENTIFIER"))
        .containsExactly("ERR-2026-973104");
    assertThat(references("application=" + APP_A + "&class=")).hasSize(2);
  }

  @Test
  void oneErrorWithItsDatesAndDecisions() throws Exception {
    HttpResponse<String> response = get("/api/errors/ERR-2026-973103", "sara");
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode error = JSON.readTree(response.body());
    assertThat(error.get("reference").asText()).isEqualTo("ERR-2026-973103");
    assertThat(error.get("application_reference").asText()).isEqualTo(APP_B);
    assertThat(error.get("error_class").asText()).isEqualTo("REPORTABLE");
    assertThat(error.get("established_at").asText()).isEqualTo("2026-11-03T14:05:00Z");
    assertThat(error.get("report_due_date").asText()).isEqualTo("2026-11-17");
    assertThat(error.get("reported_on").asText()).isEqualTo("2026-11-10");
    assertThat(error.get("commissioner_reference").asText()).isEqualTo("IPC-2026-0042");
    assertThat(error.get("potentially_serious").asBoolean()).isTrue();
    assertThat(error.get("data_acquired").isBoolean()).isTrue();

    HttpResponse<String> list = get("/api/errors?application=" + APP_A, "sam");
    JsonNode first = JSON.readTree(list.body()).get(0);
    assertThat(first.get("established_at").asText()).isEqualTo("2026-09-15T08:00:00Z");
    assertThat(first.get("error_class").asText()).isEqualTo("RECORDABLE");
  }

  @Test
  void statisticsCountTheFilteredErrorsInOrder() throws Exception {
    JsonNode a = statistics("application=" + APP_A);
    assertThat(a.get("total").asInt()).isEqualTo(2);
    assertThat(fields(a.get("byMonth"))).containsExactly("2026-09=1", "2026-10=1");
    assertThat(fields(a.get("byErrorClass"))).containsExactly("RECORDABLE=1", "REPORTABLE=1");

    JsonNode b = statistics("application=" + APP_B);
    assertThat(b.get("total").asInt()).isEqualTo(3);
    assertThat(fields(b.get("byErrorType")))
        .containsExactly("EXCESS_DATA=1", "WRONG_DATA_TYPE=1", "WRONG_IDENTIFIER=1");
    assertThat(fields(b.get("byErrorCause"))).containsExactly("APPLICANT=1", "AUTHORISER=1", "CSP=1");
    assertThat(fields(b.get("byErrorClass"))).containsExactly("RECORDABLE=1", "REPORTABLE=1", "UNCLASSIFIED=1");
    assertThat(fields(b.get("byMonth"))).containsExactly("2026-11=3");

    JsonNode applicants = statistics("application=" + APP_B + "&cause=APPLICANT");
    assertThat(applicants.get("total").asInt()).isEqualTo(1);
    assertThat(fields(applicants.get("byErrorType"))).containsExactly("WRONG_IDENTIFIER=1");
  }

  @Test
  void csvExportQuotesAndNeutralisesFormulas() {
    HttpResponse<String> response = get("/api/errors.csv?application=" + APP_A, "mona");
    assertThat(response.statusCode()).isEqualTo(200);
    String contentType = response.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    assertThat(contentType).startsWith("text/csv").containsIgnoringCase("charset=UTF-8");
    assertThat(response.body()).endsWith("\r\n");
    assertThat(response.body().split("\r\n")).containsExactly(
        "reference,application_reference,error_type,error_cause,error_class,data_acquired,established_at,"
            + "report_due_date,overdue,status,potentially_serious,commissioner_reference,reported_on,"
            + "quarantine_decision,description",
        "ERR-2026-973102,CD-2026-973101,WRONG_PERIOD,SPOC,RECORDABLE,false,2026-09-15T08:00:00Z,,false,CLOSED,"
            + "false,,,,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"",
        "ERR-2026-973101,CD-2026-973101,WRONG_IDENTIFIER,APPLICANT,REPORTABLE,true,2026-09-30T23:30:00Z,"
            + "2026-10-15,true,AWAITING_REPORT,false,,,,"
            + "\"Transposed digits, \"\"07700 900123\"\" read as 07700 900132\"");

    String b = get("/api/errors.csv?application=" + APP_B, "sam").body();
    assertThat(b.split("\r\n")).hasSize(4).contains(
        "ERR-2026-973103,CD-2026-973102,EXCESS_DATA,CSP,REPORTABLE,true,2026-11-03T14:05:00Z,2026-11-17,false,"
            + "REPORTED,true,IPC-2026-0042,2026-11-10,DESTROY,'+44 prefix dropped by the CSP",
        "ERR-2026-973105,CD-2026-973102,WRONG_DATA_TYPE,AUTHORISER,,false,2026-11-30T23:30:00Z,,false,"
            + "SRO_REVIEW,false,,,,'-1 day offset applied twice");
    assertThat(b).contains(",\"'@mention in the notes\nsecond line\"\r\n");
  }

  @Test
  void badFiltersAnswer400NamingTheParameterAndRule() throws Exception {
    assertRefused("/api/errors?class=SERIOUS", "class: must be REPORTABLE or RECORDABLE");
    assertRefused("/api/errors?class=reportable", "class: must be REPORTABLE or RECORDABLE");
    assertRefused("/api/errors?type=TYPO", "type: must be one of WRONG_IDENTIFIER, WRONG_PERIOD");
    assertRefused("/api/errors?cause=NOBODY", "cause: must be one of APPLICANT, SPOC, AUTHORISER, CSP, SYSTEM");
    assertRefused("/api/errors?status=closed", "status: must be");
    assertRefused("/api/errors?from=29/11/2026", "from: must be a date like 2026-11-29");
    assertRefused("/api/errors?to=2026-02-30", "to: must be a date like 2026-11-29");
    assertRefused("/api/errors?from=2026-11-02&to=2026-11-01", "to: must not be before from");
    assertRefused("/api/errors?overdue=yes", "overdue: must be true or false");
    assertRefused("/api/errors?application=CD-2026-1%27%20OR%20%271%27=%271", "application: must be");
    assertRefused("/api/errors?clas=REPORTABLE", "clas: unknown parameter");
    assertRefused("/api/errors?class=REPORTABLE&class=RECORDABLE", "class: must be given at most once");
    assertRefused("/api/errors.csv?from=yesterday", "from: must be a date like 2026-11-29");
    assertRefused("/api/errors/statistics?overdue=1", "overdue: must be true or false");
    // Every broken rule at once.
    String both = JSON.readTree(get("/api/errors?class=X&from=nope", "sam").body()).get("message").asText();
    assertThat(both).contains("class: must be REPORTABLE or RECORDABLE", "from: must be a date like 2026-11-29");
  }

  @Test
  void anUnknownErrorAnswers404() throws Exception {
    HttpResponse<String> response = get("/api/errors/ERR-1999-000000", "sam");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(response.body()).get("message").asText()).contains("ERR-1999-000000");
  }

  @Test
  void onlySpocSroAndCdiuManagersMayRead() throws Exception {
    List<String> paths = List.of("/api/errors?application=" + APP_A, "/api/errors.csv?application=" + APP_A,
        "/api/errors/statistics?application=" + APP_A, "/api/errors/ERR-2026-973101");
    for (String path : paths) {
      assertThat(new HttpSession(port).get(path).statusCode()).as("anonymous " + path).isEqualTo(401);
      // Not a real user's wrong password: the engine would lock that user out of the rest of the suite.
      assertThat(new HttpSession(port).getAs(path, "nobody-here", "demo").statusCode()).as("unknown user " + path)
          .isEqualTo(401);
      for (String user : List.of("alice", "ian")) {
        HttpResponse<String> refused = get(path, user);
        assertThat(refused.statusCode()).as(user + " " + path).isEqualTo(403);
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("spoc", "sro", "cdiu-managers");
      }
      for (String user : List.of("sam", "sara", "mona")) {
        assertThat(get(path, user).statusCode()).as(user + " " + path).isEqualTo(200);
      }
    }
  }

  @Test
  void everyReadIsAudited() {
    get("/api/errors?application=" + APP_B + "&class=REPORTABLE", "sara");
    get("/api/errors.csv?application=" + APP_B, "mona");
    get("/api/errors/statistics?application=" + APP_B, "sam");
    get("/api/errors/ERR-2026-973103", "sam");
    get("/api/errors?application=" + APP_B, "alice");

    List<AuditEntry> views = trail.forCase(APP_B).stream()
        .filter(entry -> entry.type() == AuditEventType.CASE_VIEWED)
        .filter(entry -> "ERROR_REGISTER".equals(entry.details().get("view")))
        .toList();
    List<AuditEntry> last = views.subList(views.size() - 4, views.size());
    assertThat(last).extracting(AuditEntry::actor).containsExactly("sara", "mona", "sam", "sam");
    assertThat(last).extracting(entry -> entry.details().get("format"))
        .containsExactly("LIST", "CSV", "STATISTICS", "RECORD");
    assertThat(last.get(0).details().get("filter").toString()).contains("class=REPORTABLE", "application=" + APP_B);
    assertThat(last.get(0).details().get("count")).isEqualTo(1);
    assertThat(last.get(3).details().get("errorReference")).isEqualTo("ERR-2026-973103");
    assertThat(last.get(3).processInstanceId()).isEqualTo("pi-ERR-2026-973103");
    assertThat(views).extracting(AuditEntry::actor).doesNotContain("alice");
  }

  private void insert(String reference, String application, String type, String cause, boolean acquired,
      String establishedAt, String errorClass, String dueDate, boolean overdue, boolean serious, String status,
      String commissionerReference, String reportedOn, String quarantine, String description) {
    jdbc.update("INSERT INTO \"gatekeeper\".error_record (reference, process_instance_id, application_reference, "
            + "error_type, error_cause, data_acquired, established_at, description, error_class, regime, "
            + "report_due_date, overdue, potentially_serious, status, quarantine_decision, commissioner_reference, "
            + "reported_on, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        reference, "pi-" + reference, application, type, cause, acquired, OffsetDateTime.parse(establishedAt),
        description, errorClass, "IPA", dueDate == null ? null : java.sql.Date.valueOf(dueDate), overdue, serious,
        status, quarantine, commissionerReference, reportedOn == null ? null : java.sql.Date.valueOf(reportedOn),
        "sam", OffsetDateTime.parse(establishedAt));
  }

  private HttpResponse<String> get(String path, String user) {
    return new HttpSession(port).getAs(path, user, "demo");
  }

  /** This class's errors the list answers for the query, in the order answered. */
  private List<String> references(String query) throws Exception {
    HttpResponse<String> response = get("/api/errors?" + query, "sam");
    assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
    List<String> references = new ArrayList<>();
    JSON.readTree(response.body()).forEach(error -> references.add(error.get("reference").asText()));
    return references.stream().filter(reference -> reference.startsWith(PREFIX)).toList();
  }

  private JsonNode statistics(String query) throws Exception {
    HttpResponse<String> response = get("/api/errors/statistics?" + query, "sara");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> fields(JsonNode counts) {
    List<String> fields = new ArrayList<>();
    counts.fields().forEachRemaining(field -> fields.add(field.getKey() + "=" + field.getValue().asInt()));
    return fields;
  }

  private void assertRefused(String path, String message) throws Exception {
    HttpResponse<String> response = get(path, "sam");
    assertThat(response.statusCode()).as(path).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).get("message").asText()).as(path).contains(message);
  }
}

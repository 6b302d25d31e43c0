package uk.police.gatekeeper.results;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.gatekeeper.application.CaseFixtures.vars;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.application.CaseFixtures;
import uk.police.gatekeeper.platform.HttpSession;

/**
 * Acquisition through the built-in CSP: results checked before anyone sees them, quarantine and errors
 * for each kind of wrong delivery, the products, and what cancellation tells the CSP.
 */
@GatekeeperTest
class AcquisitionTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  CaseFixtures cases;

  @BeforeEach
  void setUp() {
    cases = new CaseFixtures(engine);
  }

  @Test
  void goodResultsPassTheirCheckAndBecomeTheApplicantsProduct() throws Exception {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    String reference = instance.getBusinessKey();
    String product = "/api/applications/" + reference + "/product";
    cases.acquire(instance);

    assertThat(outcomes(reference)).containsExactly("PASSED");
    assertThat(new HttpSession(port).getAs(product, "alice", "demo").statusCode())
        .as("nothing to read before the SPoC disseminates").isEqualTo(404);
    HttpResponse<String> preview = new HttpSession(port).getAs("/api/applications/" + reference + "/results", "sam", "demo");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body()).contains("+447700900123");
    assertThat(new HttpSession(port).getAs("/api/applications/" + reference + "/results", "alice", "demo").statusCode())
        .as("the preview is the SPoC's").isEqualTo(404);

    cases.complete("sam", instance, "reviewResults", vars("resultsDecision", "ACCEPT"));
    assertThat(cases.ended(instance)).isTrue();
    assertThat(cases.historicVariable(instance, "status")).isEqualTo("COMPLETED");

    HttpResponse<String> html = new HttpSession(port).getAs(product, "alice", "demo");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.body()).contains("OFFICIAL-SENSITIVE", reference, "07700 900123", "+447700900123", "olga");
    assertThat(new HttpSession(port).getAs(product, "bob", "demo").statusCode()).isEqualTo(404);

    byte[] pdf = new HttpSession(port).getBytesAs(product + "?format=pdf", "alice", "demo");
    try (var document = Loader.loadPDF(pdf)) {
      assertThat(new PDFTextStripper().getText(document)).contains("OFFICIAL-SENSITIVE", reference);
    }
  }

  @Test
  void aNilReturnIsRecordedAsSuch() {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900001", "SUBSCRIBER"));
    cases.acquire(instance);
    assertThat(outcomes(instance.getBusinessKey())).containsExactly("NIL_RETURN");
    assertThat(errors(instance.getBusinessKey())).isEmpty();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "07700 900005, WRONG_IDENTIFIER",
      "07700 900006, WRONG_PERIOD",
      "07700 900007, EXCESS_DATA"})
  void aDeliveryThatDoesNotMatchTheAuthorisationIsQuarantinedAndRaisesAnError(String msisdn, String errorType)
      throws Exception {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine(msisdn, "SUBSCRIBER"));
    String reference = instance.getBusinessKey();
    cases.acquire(instance);

    assertThat(outcomes(reference)).containsExactly("QUARANTINED");
    assertThat(errors(reference)).singleElement().satisfies(error -> {
      assertThat(error).containsEntry("ERROR_TYPE", errorType).containsEntry("ERROR_CAUSE", "CSP")
          .containsEntry("DATA_ACQUIRED", true);
    });
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_RaiseResultError").count()).isEqualTo(1);

    cases.complete("sam", instance, "reviewResults", vars("resultsDecision", "ACCEPT"));
    String body = jdbc.queryForObject("SELECT s.body FROM \"gatekeeper\".csp_response s JOIN \"gatekeeper\".csp_request r "
        + "ON s.request_reference = r.reference WHERE r.application_reference = ?", String.class, reference);
    String quarantinedValue = body.contains("Flat") ? "Flat" : body.substring(body.indexOf("\"records\""));
    for (String path : List.of("/api/applications/" + reference + "/product", "/api/applications/" + reference)) {
      HttpResponse<String> seen = new HttpSession(port).getAs(path, "alice", "demo");
      assertThat(seen.statusCode()).isEqualTo(200);
      assertThat(seen.body()).as(path).doesNotContain(quarantinedValue);
    }
  }

  @Test
  void theSpocReportingAnErrorQuarantinesEverythingAndNoProductIsIssued() {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    cases.acquire(instance);
    cases.complete("sam", instance, "reviewResults",
        vars("resultsDecision", "REPORT_ERROR", "resultsNotes", "The subscriber's name does not match the account"));

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".csp_response s JOIN \"gatekeeper\".csp_request r "
        + "ON s.request_reference = r.reference WHERE r.application_reference = ? AND s.quarantined = FALSE",
        Integer.class, instance.getBusinessKey())).isZero();
    assertThat(errors(instance.getBusinessKey())).hasSize(1);
    assertThat(new HttpSession(port).getAs("/api/applications/" + instance.getBusinessKey() + "/product", "alice",
        "demo").statusCode()).isEqualTo(404);
  }

  @Test
  void cancellingTellsTheCspAndALateDeliveryIsQuarantined() throws Exception {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900003", "SUBSCRIBER"));
    cases.runSends(instance);
    String requestReference = jdbc.queryForObject("SELECT reference FROM \"gatekeeper\".csp_request WHERE "
        + "application_reference = ?", String.class, instance.getBusinessKey());

    assertThat(new HttpSession(port).postJsonAs("/api/applications/" + instance.getBusinessKey() + "/cancellation",
        "{\"cancellationReason\": \"The suspect has been charged\"}", "alice", "demo").statusCode()).isEqualTo(200);
    cases.runJobs(instance);
    assertThat(cases.ended(instance)).isTrue();
    assertThat(jdbc.queryForObject("SELECT status FROM \"gatekeeper\".csp_request WHERE reference = ?", String.class,
        requestReference)).isEqualTo("CANCELLED");

    HttpResponse<String> late = new HttpSession(port).postAsCsp("/api/csp/alpha-mobile/responses",
        "{\"requestReference\": \"" + requestReference + "\", \"deliveryId\": \"LATE-1\", \"status\": \"NIL_RETURN\", "
            + "\"records\": []}", "alpha-mobile", "demo-alpha-secret");
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("LATE");
    assertThat(errors(instance.getBusinessKey())).singleElement()
        .satisfies(error -> assertThat(error).containsEntry("ERROR_TYPE", "WITHOUT_AUTHORITY"));
  }

  @Test
  void theSpocProducesAnEvidentialStatementKeptApartFromTheIntelligenceProduct() throws Exception {
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    cases.acquire(instance);
    cases.complete("sam", instance, "reviewResults", vars("resultsDecision", "ACCEPT"));
    String path = "/api/applications/" + instance.getBusinessKey() + "/evidential-statement";

    assertThat(new HttpSession(port).postJsonAs(path, "{\"exhibitReference\": \"SS/1\"}", "alice", "demo").statusCode())
        .as("the applicant cannot make a SPoC's witness statement").isEqualTo(404);
    byte[] statement = new HttpSession(port).postJsonForBytesAs(path, "{\"exhibitReference\": \"SS/1\"}", "sam", "demo");
    try (var document = Loader.loadPDF(statement)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("WITNESS STATEMENT", "SS/1", "Sam Spencer").doesNotContain("This product is intelligence");
    }
  }

  @Test
  void fromTheResultsTheSpocStartsALinkedConsequentialApplicationForTheSameApplicant() throws Exception {
    ProcessInstance parent = cases.authorised(CaseFixtures.routine("07700 900123", "CALL_RECORDS"));
    cases.acquire(parent);
    cases.complete("sam", parent, "reviewResults", vars("resultsDecision", "ACCEPT"));
    String path = "/api/applications/" + parent.getBusinessKey() + "/consequential";
    String requirement = """
        {"identifierType": "MSISDN", "identifier": "07700 900456", "dataType": "SUBSCRIBER", "csp": "alpha-mobile",
         "from": "2026-11-01T00:00:00+00:00", "to": "2026-11-02T00:00:00+00:00"}""";

    assertThat(new HttpSession(port).postJsonAs(path, requirement, "alice", "demo").statusCode()).isEqualTo(404);
    HttpResponse<String> started = new HttpSession(port).postJsonAs(path, requirement, "sam", "demo");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String child = new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.body())
        .get("applicationReference").asText();

    var view = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        new HttpSession(port).getAs("/api/applications/" + child, "alice", "demo").body());
    assertThat(view.at("/application/applicant").asText()).isEqualTo("alice");
    assertThat(view.at("/application/parent_reference").asText()).isEqualTo(parent.getBusinessKey());
    assertThat(view.at("/application/operation_name").asText()).isEqualTo("KESTREL");
    assertThat(view.at("/requirements/0/identifier_normalised").asText()).isEqualTo("+447700900456");
    assertThat(view.at("/application/status").asText()).isEqualTo("SPOC_REVIEW");
    var parentView = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        new HttpSession(port).getAs("/api/applications/" + parent.getBusinessKey(), "alice", "demo").body());
    assertThat(parentView.get("consequentialApplications").toString()).contains(child);
  }

  private List<String> outcomes(String applicationReference) {
    return jdbc.queryForList("SELECT s.outcome FROM \"gatekeeper\".csp_response s JOIN \"gatekeeper\".csp_request r "
        + "ON s.request_reference = r.reference WHERE r.application_reference = ? ORDER BY s.id", String.class,
        applicationReference);
  }

  private List<Map<String, Object>> errors(String applicationReference) {
    return jdbc.queryForList("SELECT * FROM \"gatekeeper\".error_record WHERE application_reference = ?",
        applicationReference);
  }
}

package uk.police.gatekeeper.csp;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.gatekeeper.application.CaseFixtures.vars;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.application.CaseFixtures;

/**
 * The CSP callback as a CSP meets it. The case asks Alpha Mobile about the simulator's "never answers"
 * number, so it waits for a delivery that this test makes itself.
 */
@GatekeeperTest
class CspCallbackTest {

  private static final String SILENT_NUMBER = "+447700900003";

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  CaseFixtures cases;
  ProcessInstance instance;
  String reference;

  @BeforeEach
  void aCaseWaitingForAlphaMobile() {
    cases = new CaseFixtures(engine);
    instance = cases.authorised(CaseFixtures.routine(SILENT_NUMBER, "SUBSCRIBER"));
    cases.runSends(instance);
    reference = jdbc.queryForObject("SELECT reference FROM \"gatekeeper\".csp_request WHERE application_reference = ?",
        String.class, instance.getBusinessKey());
  }

  @Test
  void aCspMustPresentItsOwnSecret() throws Exception {
    String body = delivery(reference, "D-1", SILENT_NUMBER);
    assertThat(post("alpha-mobile", null, body).statusCode()).isEqualTo(401);
    assertThat(post("alpha-mobile", basic("alpha-mobile", "wrong"), body).statusCode()).isEqualTo(401);
    assertThat(post("alpha-mobile", basic("bravo-broadband", "demo-bravo-secret"), body).statusCode()).isEqualTo(401);
    assertThat(post("alpha-mobile", basic("sam", "demo"), body).statusCode()).as("a Gatekeeper user is not a CSP")
        .isEqualTo(401);
  }

  @Test
  void anUnknownReferenceIs404AndAnotherCspsRequestIsUnknownToo() throws Exception {
    assertThat(post("alpha-mobile", alpha(), delivery("GB-SEROCU-99999999-alpha-mobile-20260101T000000Z", "D-1",
        SILENT_NUMBER)).statusCode()).isEqualTo(404);
    assertThat(post("bravo-broadband", basic("bravo-broadband", "demo-bravo-secret"),
        delivery(reference, "D-1", SILENT_NUMBER)).statusCode()).isEqualTo(404);
  }

  @Test
  void aMalformedBodyIs400WithTheReasons() throws Exception {
    HttpResponse<String> notJson = post("alpha-mobile", alpha(), "{not json");
    assertThat(notJson.statusCode()).isEqualTo(400);
    HttpResponse<String> missing = post("alpha-mobile", alpha(), "{\"requestReference\": \"" + reference
        + "\", \"deliveryId\": \"D-1\", \"status\": \"RESULTS\", \"records\": [{\"identifier\": \"" + SILENT_NUMBER
        + "\", \"dataType\": \"SUBSCRIBER\", \"timestamp\": \"yesterday\"}]}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("records[0].timestamp");
    assertThat(cases.openTasks(instance)).doesNotContain("reviewResults");
    assertThat(jdbc.queryForObject("SELECT status FROM \"gatekeeper\".csp_request WHERE reference = ?", String.class,
        reference)).isEqualTo("SENT");
  }

  @Test
  void aRepeatedDeliveryIsAcknowledgedAndProcessedOnce() throws Exception {
    String body = delivery(reference, "D-7", SILENT_NUMBER);
    HttpResponse<String> first = post("alpha-mobile", alpha(), body);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.body()).contains("ACCEPTED");
    HttpResponse<String> again = post("alpha-mobile", alpha(), body);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).contains("DUPLICATE");

    cases.awaitTask(instance, "reviewResults");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".csp_response WHERE request_reference = ? "
        + "AND outcome <> 'DUPLICATE'", Integer.class, reference)).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("Task_CheckCspResult").count()).isEqualTo(1);
  }

  @Test
  void aSilentCspIsChasedByTheSpocThenEscalatedToManagersAndTheDeliveryEndsBoth() throws Exception {
    var management = engine.getManagementService();
    for (String timer : java.util.List.of("Timer_ChaseCsp", "Timer_EscalateCsp")) {
      var job = management.createJobQuery().processInstanceId(instance.getId()).activityId(timer).singleResult();
      assertThat(job.getDuedate()).as(timer + " is due in the future").isInTheFuture();
      management.executeJob(job.getId());
    }
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("chaseCsp").taskCandidateGroup("spoc").count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey("reviewSilentCsp").taskCandidateGroup("cdiu-managers").count()).isEqualTo(1);

    assertThat(post("alpha-mobile", alpha(), delivery(reference, "D-9", SILENT_NUMBER)).statusCode()).isEqualTo(200);
    cases.awaitTask(instance, "reviewResults");
    assertThat(cases.openTasks(instance)).doesNotContain("chaseCsp", "reviewSilentCsp");
  }

  private String delivery(String requestReference, String deliveryId, String identifier) {
    return "{\"requestReference\": \"" + requestReference + "\", \"deliveryId\": \"" + deliveryId + "\", "
        + "\"status\": \"RESULTS\", \"records\": [{\"identifier\": \"" + identifier + "\", \"dataType\": \"SUBSCRIBER\", "
        + "\"timestamp\": \"2026-11-01T12:00:00+00:00\", \"name\": \"A. Person\"}]}";
  }

  private HttpResponse<String> post(String cspId, String authorization, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/csp/" + cspId
        + "/responses")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String alpha() {
    return basic("alpha-mobile", "demo-alpha-secret");
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}

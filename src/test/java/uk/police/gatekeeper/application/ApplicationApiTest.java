package uk.police.gatekeeper.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.GatekeeperTest;
import uk.police.gatekeeper.platform.HttpSession;

/** The application over HTTP: a refused submission, the case view and its access rules, cancellation. */
@GatekeeperTest
class ApplicationApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;

  CaseFixtures applications;

  @BeforeEach
  void setUp() {
    applications = new CaseFixtures(engine);
  }

  @Test
  void aRefusedSubmissionAnswers400NamingEveryFieldAndLeavesNothingBehind() throws Exception {
    long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("cd-application").count();
    long records = jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".application", Long.class);
    String body = """
        {"variables": {
          "operationName": {"value": ""},
          "statutoryPurpose": {"value": "CURIOSITY"},
          "offence": {"value": "Fraud"},
          "seriousCrime": {"value": false},
          "priority": {"value": "GRADE_1"},
          "subjectRole": {"value": "SUSPECT"},
          "necessity": {"value": "Because"},
          "proportionality": {"value": "Only the data needed for the period."},
          "collateralIntrusion": {"value": "None expected in this case at all."},
          "journalisticSource": {"value": false},
          "requirements": {"type": "Json", "value": "[{\\"identifierType\\": \\"IMEI\\", \\"identifier\\": \\"490154203237519\\", \\"dataType\\": \\"CALL_RECORDS\\", \\"csp\\": \\"alpha-mobile\\", \\"from\\": \\"2026-11-01T10:00\\", \\"to\\": \\"2026-11-01T09:00:00+00:00\\"}]"}
        }}""";

    HttpResponse<String> response = new HttpSession(port).postJsonAs(
        "/engine-rest/process-definition/key/cd-application/submit-form", body, "alice", "demo");

    assertThat(response.statusCode()).isEqualTo(400);
    String message = JSON.readTree(response.body()).get("message").asText();
    assertThat(message).contains("operationName", "statutoryPurpose", "urgencyJustification", "necessity",
        "requirements[0].identifier", "requirements[0].dataType", "requirements[0].from");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey("cd-application").count()).isEqualTo(instances);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".application", Long.class)).isEqualTo(records);
  }

  @Test
  void theCaseViewIsForTheApplicantAndTheUnitAndIsAudited() throws Exception {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    String path = "/api/applications/" + instance.getBusinessKey();

    HttpResponse<String> own = new HttpSession(port).getAs(path, "alice", "demo");
    assertThat(own.statusCode()).isEqualTo(200);
    JsonNode view = JSON.readTree(own.body());
    assertThat(view.at("/application/reference").asText()).isEqualTo(instance.getBusinessKey());
    assertThat(view.at("/requirements/0/identifier").asText()).isEqualTo("07700 900123");
    assertThat(view.at("/requirements/0/identifier_normalised").asText()).isEqualTo("+447700900123");
    assertThat(view.at("/decisions/0/outcome").asText()).isEqualTo("SUBMITTED");
    assertThat(view.get("auditTrail").findValuesAsText("type")).contains("CASE_STARTED", "TASK_CREATED");

    assertThat(new HttpSession(port).getAs(path, "bob", "demo").statusCode()).isEqualTo(404);
    assertThat(new HttpSession(port).getAs(path, "ian", "demo").statusCode()).isEqualTo(404);
    for (String unit : new String[] {"sam", "dora", "olga", "sara", "mona"}) {
      assertThat(new HttpSession(port).getAs(path, unit, "demo").statusCode()).as(unit).isEqualTo(200);
    }
    assertThat(new HttpSession(port).get(path).statusCode()).isEqualTo(401);

    JsonNode later = JSON.readTree(new HttpSession(port).getAs(path, "sara", "demo").body());
    assertThat(later.get("auditTrail").findValuesAsText("actor")).contains("alice", "sam", "sara");
    assertThat(later.get("auditTrail").findValuesAsText("type")).contains("CASE_VIEWED");
  }

  @Test
  void theApplicantCancelsOverRest() throws Exception {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    String path = "/api/applications/" + instance.getBusinessKey() + "/cancellation";

    assertThat(new HttpSession(port).postJsonAs(path, "{\"cancellationReason\": \"x\"}", "alice", "demo").statusCode())
        .isEqualTo(400);
    assertThat(new HttpSession(port).postJsonAs(path, "{\"cancellationReason\": \"Suspect charged today\"}", "bob", "demo")
        .statusCode()).isEqualTo(404);
    assertThat(new HttpSession(port).postJsonAs(path, "{\"cancellationReason\": \"Suspect charged today\"}", "alice", "demo")
        .statusCode()).isEqualTo(200);
    applications.runJobs(instance);
    assertThat(applications.ended(instance)).isTrue();
    assertThat(applications.historicVariable(instance, "status")).isEqualTo("CANCELLED");
  }

  @Test
  void aSpocCancelsFromTasklistThroughTheCancellationForm() {
    ProcessInstance instance = applications.submit("alice", CaseFixtures.routine());
    applications.as("sam", () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cd-cancellation")
            .latestVersion().singleResult().getId(),
        CaseFixtures.vars("applicationReference", instance.getBusinessKey(),
            "cancellationReason", "Duplicate of another application")));

    applications.runJobs(instance);
    assertThat(applications.ended(instance)).isTrue();
    assertThat(applications.historicVariable(instance, "status")).isEqualTo("CANCELLED");
    assertThat(applications.historicVariable(instance, "cancelledBy")).isEqualTo("sam");
  }
}

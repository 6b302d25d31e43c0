package uk.police.gatekeeper.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.gatekeeper.GatekeeperApplication;

/**
 * A newcomer's walk through the demo profile, as it runs (job executor on, built-in CSP answering),
 * over REST as each demo user: a Grade 1 application from submission to the applicant's product.
 * Prints how long the case took end to end, and how much of that was Gatekeeper and the simulator.
 */
class DemoWalkthroughIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ConfigurableApplicationContext gatekeeper;
  private HttpSession http;

  @BeforeEach
  void start() {
    gatekeeper = new SpringApplicationBuilder(GatekeeperApplication.class).run("--spring.profiles.active=demo",
        "--spring.datasource.url=jdbc:h2:mem:walkthrough;DB_CLOSE_DELAY=-1", "--server.port=0");
    http = new HttpSession(((WebServerApplicationContext) gatekeeper).getWebServer().getPort());
  }

  @AfterEach
  void stop() {
    gatekeeper.close();
  }

  @Test
  void aGradeOneCaseGoesFromTheApplicantsFormToHerProductThroughTheSimulator() throws Exception {
    long started = System.nanoTime();
    HttpResponse<String> submitted = http.postJsonAs("/engine-rest/process-definition/key/cd-application/submit-form", """
        {"variables": {
          "operationName": {"value": "SWIFT"}, "statutoryPurpose": {"value": "PREVENT_DEATH_OR_INJURY"},
          "offence": {"value": "Kidnap"}, "seriousCrime": {"value": true},
          "seriousCrimeJustification": {"value": "Kidnap carries life imprisonment"},
          "priority": {"value": "GRADE_1"}, "urgencyJustification": {"value": "A child is held; threat to life"},
          "subjectRole": {"value": "SUSPECT"},
          "necessity": {"value": "The suspect's handset is the only lead to where the child is."},
          "proportionality": {"value": "Two hours of cell site, nothing else; no other means is quick enough."},
          "collateralIntrusion": {"value": "Only the suspect's own handset is located."},
          "journalisticSource": {"value": false},
          "requirements": {"type": "Json", "value": "[{\\"identifierType\\": \\"MSISDN\\", \\"identifier\\": \\"07700 900123\\", \\"dataType\\": \\"CELL_SITE\\", \\"csp\\": \\"alpha-mobile\\", \\"from\\": \\"2026-11-29T10:00:00+00:00\\", \\"to\\": \\"2026-11-29T12:00:00+00:00\\"}]"}
        }}""", "alice", "demo");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonNode instance = JSON.readTree(submitted.body());
    String id = instance.get("id").asText();
    String reference = instance.get("businessKey").asText();

    complete("sam", id, "spocReview", "{\"spocDecision\": {\"value\": \"ACCEPT\"}}");
    long authorised = System.nanoTime();
    complete("dora", id, "authorise", "{\"authorisationDecision\": {\"value\": \"AUTHORISED\"}}");
    String review = awaitTask("sam", id, "reviewResults");
    long resultsReady = System.nanoTime();
    complete("sam", id, "reviewResults", "{\"resultsDecision\": {\"value\": \"ACCEPT\"}}", review);

    HttpResponse<String> product = http.getAs("/api/applications/" + reference + "/product", "alice", "demo");
    long finished = System.nanoTime();
    assertThat(product.statusCode()).isEqualTo(200);
    assertThat(product.body()).contains("OFFICIAL-SENSITIVE", "+447700900123", "cellId");
    JsonNode view = JSON.readTree(http.getAs("/api/applications/" + reference, "alice", "demo").body());
    assertThat(view.at("/application/status").asText()).isEqualTo("COMPLETED");

    System.out.printf("Grade 1 case through the simulator: %d ms end to end; %d ms from authorisation to "
        + "results ready for review (jobs, CSP simulator answer delay, callback, checks)%n",
        (finished - started) / 1_000_000, (resultsReady - authorised) / 1_000_000);
  }

  private void complete(String user, String processInstanceId, String taskKey, String variables) throws Exception {
    complete(user, processInstanceId, taskKey, variables, taskId(user, processInstanceId, taskKey));
  }

  private void complete(String user, String processInstanceId, String taskKey, String variables, String taskId) {
    assertThat(http.postJsonAs("/engine-rest/task/" + taskId + "/claim", "{\"userId\": \"" + user + "\"}", user, "demo")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> done = http.postJsonAs("/engine-rest/task/" + taskId + "/submit-form",
        "{\"variables\": " + variables + "}", user, "demo");
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private String taskId(String user, String processInstanceId, String taskKey) throws Exception {
    JsonNode tasks = JSON.readTree(http.getAs("/engine-rest/task?processInstanceId=" + processInstanceId
        + "&taskDefinitionKey=" + taskKey, user, "demo").body());
    return tasks.size() == 1 ? tasks.get(0).get("id").asText() : null;
  }

  private String awaitTask(String user, String processInstanceId, String taskKey) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    String id;
    while ((id = taskId(user, processInstanceId, taskKey)) == null) {
      assertThat(System.currentTimeMillis()).as("waiting for " + taskKey).isLessThan(deadline);
      Thread.sleep(100);
    }
    return id;
  }
}

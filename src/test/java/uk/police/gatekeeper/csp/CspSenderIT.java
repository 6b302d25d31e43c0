package uk.police.gatekeeper.csp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.gatekeeper.application.CaseFixtures;

/**
 * WireMock plays Alpha Mobile for the sender (its own JVM: a second engine cannot share one): success, a failure then success with one reference, a
 * timeout, and an incident after the last retry that a retry (as in Cockpit) clears.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CspSenderIT {

  static final WireMockServer CSP = new WireMockServer(options().dynamicPort());

  static {
    CSP.start();
  }

  @DynamicPropertySource
  static void alphaMobileIsWireMock(DynamicPropertyRegistry registry) {
    registry.add("gatekeeper.simulator.enabled", () -> "false");
    registry.add("gatekeeper.csp.request-timeout", () -> "PT1S");
    registry.add("gatekeeper.csp.retry-cycle", () -> "R2/PT1S");
    registry.add("gatekeeper.csps[0].id", () -> "alpha-mobile");
    registry.add("gatekeeper.csps[0].name", () -> "Alpha Mobile");
    registry.add("gatekeeper.csps[0].identifier-types", () -> "MSISDN,IMEI,IMSI");
    registry.add("gatekeeper.csps[0].endpoint", () -> CSP.baseUrl() + "/rdhi/requests");
    registry.add("gatekeeper.csps[0].username", () -> "serocu");
    registry.add("gatekeeper.csps[0].password", () -> "wiremock-secret");
    registry.add("gatekeeper.csps[0].callback-secret", () -> "alpha-callback");
  }

  @AfterAll
  static void stopCsp() {
    CSP.stop();
  }

  @Autowired ProcessEngine engine;
  @Autowired ManagementService management;
  @Autowired JdbcTemplate jdbc;

  CaseFixtures cases;

  @BeforeEach
  void setUp() {
    CSP.resetAll();
    cases = new CaseFixtures(engine);
  }

  private Job preparedSend(ProcessInstance instance) {
    management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_PrepareCspRequest").list()
        .forEach(job -> management.executeJob(job.getId()));
    return management.createJobQuery().processInstanceId(instance.getId()).activityId("Task_SendCspRequest")
        .singleResult();
  }

  private String requestReference(ProcessInstance instance) {
    return jdbc.queryForObject("SELECT reference FROM \"gatekeeper\".csp_request WHERE application_reference = ?",
        String.class, instance.getBusinessKey());
  }

  @Test
  void aRequestReachesTheCspWithItsReferenceThePinAndGatekeepersCredentials() {
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).willReturn(aResponse().withStatus(202)));
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));

    management.executeJob(preparedSend(instance).getId());

    List<LoggedRequest> received = CSP.findAll(postRequestedFor(urlEqualTo("/rdhi/requests"))
        .withHeader("Authorization", equalTo("Basic c2Vyb2N1OndpcmVtb2NrLXNlY3JldA==")));
    assertThat(received).singleElement().satisfies(request -> assertThat(request.getBodyAsString())
        .contains(requestReference(instance), "\"spocPIN\":\"SPOC-4471\"", "+447700900123", "\"countryCode\":\"GB\""));
    assertThat(jdbc.queryForObject("SELECT status FROM \"gatekeeper\".csp_request WHERE reference = ?", String.class,
        requestReference(instance))).isEqualTo("SENT");
  }

  @Test
  void aFailureThenSuccessSendsTheSameReferenceTwice() {
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(aResponse().withStatus(202)));
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    Job send = preparedSend(instance);

    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("503");
    management.executeJob(send.getId());

    List<LoggedRequest> received = CSP.findAll(postRequestedFor(urlEqualTo("/rdhi/requests")));
    assertThat(received).hasSize(2);
    assertThat(received.get(0).getBodyAsString()).isEqualTo(received.get(1).getBodyAsString())
        .contains(requestReference(instance));
  }

  @Test
  void aCspThatDoesNotAnswerInTimeCountsAsAFailure() {
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).willReturn(aResponse().withStatus(202).withFixedDelay(3000)));
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    Job send = preparedSend(instance);

    assertThatThrownBy(() -> management.executeJob(send.getId())).hasMessageContaining("did not answer");
    assertThat(management.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isEqualTo(1);
  }

  @Test
  void afterTheLastRetryAnIncidentShowsAndARetryInCockpitSendsTheSameRequest() {
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).willReturn(aResponse().withStatus(500)));
    ProcessInstance instance = cases.authorised(CaseFixtures.routine("07700 900123", "SUBSCRIBER"));
    Job send = preparedSend(instance);

    assertThatThrownBy(() -> management.executeJob(send.getId())).isNotNull();
    assertThatThrownBy(() -> management.executeJob(send.getId())).isNotNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).list())
        .singleElement().satisfies(incident -> assertThat(incident.getIncidentMessage()).contains("HTTP 500"));

    CSP.resetAll();
    CSP.stubFor(post(urlEqualTo("/rdhi/requests")).willReturn(aResponse().withStatus(202)));
    management.setJobRetries(send.getId(), 1);
    management.executeJob(send.getId());

    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(CSP.findAll(postRequestedFor(urlEqualTo("/rdhi/requests")))).singleElement()
        .satisfies(request -> assertThat(request.getBodyAsString()).contains(requestReference(instance)));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"gatekeeper\".csp_request WHERE application_reference = ?",
        Integer.class, instance.getBusinessKey())).isEqualTo(1);
  }
}
